import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';

/**
 * The connection and the migrations, without the entities: enough to migrate a database, and
 * loadable where no decorator metadata is written (the test database's own process runs
 * through tsx, whose esbuild writes none, and TypeORM's column decorators need it).
 */
export function migrationDataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A database that does not answer fails the request after 5 s instead of hanging it.
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}
