import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@/common/database/data-source-options';

/** The schema is the migrations: on an empty database they build exactly what the entities describe. */
describe('migrations', () => {
  const name = `migrations_${process.pid}_${Date.now()}`;
  const baseUrl = process.env.TEST_DATABASE_URL as string;
  const url = baseUrl.replace(/\/[^/]+$/, `/${name}`);
  let admin: Client;

  beforeAll(async () => {
    admin = new Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
  });

  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('run on an empty database, leave nothing for migration:generate, and revert cleanly', async () => {
    const dataSource = new DataSource(dataSourceOptions(url));
    await dataSource.initialize();
    try {
      const applied = await dataSource.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      const subjects = await dataSource.query<{ count: string }[]>('SELECT count(*) FROM subjects');
      expect(Number(subjects[0].count)).toBeGreaterThan(25);
      for (let i = 0; i < applied.length; i++) await dataSource.undoLastMigration();
      const tables = await dataSource.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations'",
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
