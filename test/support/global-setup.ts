import 'tsconfig-paths/register';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import { startEmbeddedPostgres } from '../../src/common/database/embedded-postgres';

declare global {
  var testDatabaseStop: (() => Promise<void>) | undefined;
}

/** One real PostgreSQL for the whole run, migrated once; workers inherit its URL. */
export default async function globalSetup(): Promise<void> {
  const database = await startEmbeddedPostgres({
    dataDir: `.data/test-pg-${process.pid}`,
    port: 0,
    database: 'kazpost_test',
    persistent: false,
  });
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  process.env.TEST_DATABASE_URL = database.url;
  globalThis.testDatabaseStop = database.stop;
}
