import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/common/database/data-source-options';

/**
 * A database of its own in the test cluster, migrated: for suites whose background workers
 * must not take the jobs of other suites running at the same time.
 */
export async function createOwnDatabase(name: string): Promise<string> {
  const shared = process.env.TEST_DATABASE_URL;
  if (!shared) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.ts');
  const database = `${name}_${process.pid}_${Date.now()}`;
  const admin = new DataSource({ type: 'postgres', url: shared });
  await admin.initialize();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.destroy();
  const url = new URL(shared);
  url.pathname = `/${database}`;
  const dataSource = new DataSource(dataSourceOptions(url.toString()));
  await dataSource.initialize();
  await dataSource.runMigrations();
  await dataSource.destroy();
  return url.toString();
}
