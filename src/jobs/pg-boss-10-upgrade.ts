import type { ClientBase } from 'pg';
import type { JobInsert, PgBoss } from 'pg-boss';

/**
 * pg-boss 11 rewrote its tables and 12 cannot migrate a pg-boss 10 schema (version 24), so a
 * database made before the upgrade is carried over by hand: the old schema is renamed out of the
 * way before pg-boss installs its own, and its waiting jobs are copied into the new queues.
 */
export const OLD_SCHEMA = 'pgboss_v10';
const LAST_V10_VERSION = 24;

/** A waiting job as pg-boss 10 stored it. */
export interface V10Job {
  id: string;
  name: string;
  priority: number;
  data: object | null;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  start_after: Date;
  singleton_key: string | null;
  expire_seconds: number;
}

/** Renames a pg-boss 10 schema to OLD_SCHEMA; true when there was one. */
export async function setAsideV10Schema(client: ClientBase, schema: string): Promise<boolean> {
  const {
    rows: [found],
  } = await client.query<{ table: string | null }>('SELECT to_regclass($1) AS table', [
    `${schema}.version`,
  ]);
  if (!found.table) return false;
  const {
    rows: [installed],
  } = await client.query<{ version: number }>(`SELECT version FROM ${schema}.version`);
  if (installed.version > LAST_V10_VERSION) return false;
  await client.query(`ALTER SCHEMA ${schema} RENAME TO ${OLD_SCHEMA}`);
  return true;
}

/**
 * Copies the jobs still to run (waiting, retrying, or taken by a process that has since stopped)
 * into the queues pg-boss 12 now holds, then drops the old schema, in one transaction: a crash
 * half-way leaves the old schema to be copied again at the next start. Jobs of queues no longer
 * defined, and pg-boss's own (its timetable's), are dropped with it.
 */
export async function moveV10Jobs(client: ClientBase, boss: PgBoss): Promise<number> {
  const { rows: exists } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [
    OLD_SCHEMA,
  ]);
  if (exists.length === 0) return 0;
  let moved = 0;
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<V10Job>(
      `SELECT id, name, priority, data, retry_limit, retry_delay, retry_backoff, start_after,
              singleton_key, extract(epoch FROM expire_in)::int AS expire_seconds
         FROM ${OLD_SCHEMA}.job
        WHERE state IN ('created', 'retry', 'active') AND NOT starts_with(name, '__pgboss__')
        ORDER BY created_on`,
    );
    const queues = new Set((await boss.getQueues()).map((queue) => queue.name));
    const db = { executeSql: (text: string, values?: unknown[]) => client.query(text, values) };
    for (const [name, jobs] of groupByQueue(rows)) {
      if (!queues.has(name)) continue;
      await boss.insert(name, jobs, { db });
      moved += jobs.length;
    }
    await client.query(`DROP SCHEMA ${OLD_SCHEMA} CASCADE`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return moved;
}

/** The old rows as pg-boss 12 inserts, per queue, keeping each job's id, timing and retry rules. */
export function groupByQueue(rows: V10Job[]): Map<string, JobInsert[]> {
  const queues = new Map<string, JobInsert[]>();
  for (const row of rows) {
    const jobs = queues.get(row.name) ?? [];
    jobs.push({
      id: row.id,
      data: row.data ?? {},
      priority: row.priority,
      retryLimit: row.retry_limit,
      retryDelay: row.retry_delay,
      retryBackoff: row.retry_backoff,
      startAfter: row.start_after,
      singletonKey: row.singleton_key ?? undefined,
      expireInSeconds: Math.max(1, row.expire_seconds),
    });
    queues.set(row.name, jobs);
  }
  return queues;
}
