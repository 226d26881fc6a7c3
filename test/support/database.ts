import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';
import {
  EmbeddedDatabase,
  startEmbeddedPostgres,
} from '../../src/common/database/embedded-postgres';

/** A throw-away embedded PostgreSQL with every migration applied (tests and benchmarks). */
export async function startMigratedDatabase(name: string): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedPostgres({
    dataDir: `.data/${name}-${process.pid}`,
    port: 0,
    database: name.replace(/-/g, '_'),
    persistent: false,
  });
  const dataSource = new DataSource(dataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  return database;
}
