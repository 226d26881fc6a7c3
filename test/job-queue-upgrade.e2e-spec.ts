import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import PgBossV10 from 'pg-boss-v10';
import { RECORD_RECEIPT_JOB, SWEEP_NOTIFICATIONS_JOB } from '@/notifications/notification-jobs';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import { waitFor } from './support/wait';

describe('a database whose job queue pg-boss 10 made (e2e)', () => {
  let databaseUrl: string;
  let db: Client;
  const apps: INestApplication[] = [];
  const later = new Date(Date.now() + 3_600_000);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    databaseUrl = await createOwnDatabase('pgboss_upgrade');
    const old = new PgBossV10({
      connectionString: databaseUrl,
      schema: 'pgboss',
      supervise: false,
    });
    await old.start();
    for (const name of [RECORD_RECEIPT_JOB, SWEEP_NOTIFICATIONS_JOB]) await old.createQueue(name);
    ids.waiting = (await old.send(
      RECORD_RECEIPT_JOB,
      { messageId: 'm-1' },
      { startAfter: later },
    ))!;
    ids.due = (await old.send(SWEEP_NOTIFICATIONS_JOB, {}))!;
    ids.done = (await old.send(RECORD_RECEIPT_JOB, { messageId: 'm-2' }))!;
    const [done] = await old.fetch(RECORD_RECEIPT_JOB);
    expect(done.id).toBe(ids.done);
    await old.complete(RECORD_RECEIPT_JOB, done.id);
    await old.stop({ graceful: false, wait: true });
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.end();
  });

  type Job = { id: string; name: string; state: string; data: object };
  const jobs = async (): Promise<Job[]> =>
    (await db.query<Job>('SELECT id, name, state, data FROM pgboss.job ORDER BY name, id')).rows;

  it('starts on it, keeps the jobs still to run and runs the due one', async () => {
    apps.push(await createTestApp({ DATABASE_URL: databaseUrl, WORKER: 'on' }));
    const schemas = await db.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'pgboss%'`);
    expect(schemas.rows).toEqual([{ nspname: 'pgboss' }]);
    const { rows: version } = await db.query<{ version: number }>(
      'SELECT version FROM pgboss.version',
    );
    expect(version[0].version).toBeGreaterThan(24);
    // The finished job stayed behind; the waiting one waits with its data; the due one runs.
    expect((await jobs()).map((job) => job.id)).not.toContain(ids.done);
    expect((await jobs()).find((job) => job.id === ids.waiting)).toEqual({
      id: ids.waiting,
      name: RECORD_RECEIPT_JOB,
      state: 'created',
      data: { messageId: 'm-1' },
    });
    await waitFor(
      async () => (await jobs()).find((job) => job.id === ids.due)?.state,
      (state) => state === 'completed',
      { what: 'the job pg-boss 10 left due to run' },
    );
  });

  it('starts again as usual: nothing left to carry over', async () => {
    apps.push(await createTestApp({ DATABASE_URL: databaseUrl, WORKER: 'off' }));
    expect((await jobs()).filter((job) => job.id === ids.waiting)).toHaveLength(1);
  });
});
