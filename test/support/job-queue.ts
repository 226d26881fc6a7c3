import { Client } from 'pg';
import { waitFor, WaitOptions } from './wait';

/**
 * Waits until a pg-boss queue holds no job waiting, retrying or running: whatever the queue was
 * going to do has been done, so a test may assert that something did not happen (a second text).
 */
export async function waitForDrainedQueue(
  databaseUrl: string,
  queue: string,
  options: WaitOptions = {},
): Promise<void> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await waitFor(
      async () => {
        const { rows } = await db.query<{ jobs: number }>(
          `SELECT count(*)::int AS jobs FROM pgboss.job
            WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
          [queue],
        );
        return rows[0].jobs;
      },
      (jobs) => jobs === 0,
      { what: `the ${queue} queue to drain`, timeoutMs: 60_000, ...options },
    );
  } finally {
    await db.end();
  }
}
