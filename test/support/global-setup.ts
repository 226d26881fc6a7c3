import { startDatabaseProcess } from './database-process';

/**
 * One real PostgreSQL for the whole run, migrated once; test files inherit its URL. What it
 * returns stops the database at the end of the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const database = await startDatabaseProcess('test-pg');
  process.env.TEST_DATABASE_URL = database.url;
  return () => database.end();
}
