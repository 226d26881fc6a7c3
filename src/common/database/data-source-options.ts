import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';

const projectRoot = join(__dirname, '..', '..', '..');

/** One definition of the schema's sources, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(projectRoot, 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(projectRoot, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'typeorm_migrations',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension has to be installed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A database that does not answer fails the request after 5 s instead of hanging it.
    extra: { max: 20, connectionTimeoutMillis: 5000 },
  };
}
