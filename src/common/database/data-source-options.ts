import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { migrationDataSourceOptions } from './migration-options';

/** One definition of the schema's sources, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return { ...migrationDataSourceOptions(url), entities: ENTITIES };
}
