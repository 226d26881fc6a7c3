import { DataSource } from 'typeorm';
import { migrationDataSourceOptions } from '../../src/common/database/migration-options';
import {
  EmbeddedDatabase,
  startEmbeddedPostgres,
} from '../../src/common/database/embedded-postgres';

/** A throw-away embedded PostgreSQL with every migration applied (tests and benchmarks). */
export async function startMigratedDatabase(
  name: string,
  options: { port?: number; persistent?: boolean; dataDir?: string } = {},
): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? `.data/${name}-${process.pid}`,
    port: options.port ?? 0,
    database: name.replace(/-/g, '_'),
    persistent: options.persistent ?? false,
  });
  const dataSource = new DataSource(migrationDataSourceOptions(database.url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  return database;
}
