import 'tsconfig-paths/register';
import { startMigratedDatabase } from './database';

declare global {
  var testDatabaseStop: (() => Promise<void>) | undefined;
}

/** One real PostgreSQL for the whole run, migrated once; workers inherit its URL. */
export default async function globalSetup(): Promise<void> {
  const database = await startMigratedDatabase('test-pg');
  process.env.TEST_DATABASE_URL = database.url;
  globalThis.testDatabaseStop = database.stop;
}
