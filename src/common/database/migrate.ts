import { DataSource } from 'typeorm';

/** Any fixed number: every process of the service takes the same lock. */
const MIGRATION_LOCK = 7_415_002;

/**
 * Runs pending migrations while holding a PostgreSQL advisory lock, so that API replicas and
 * workers starting together migrate once, one after the other, instead of racing.
 */
export async function migrateUnderLock(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
