import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@/common/database/data-source-options';

const UNIQUE_POSTCODES = 1795547000000;

/**
 * A database from before postcodes were unique may hold one branch twice: the migration keeps
 * the oldest row and points every record that named a twin at it.
 */
describe('migration: one post office per postcode', () => {
  const name = `postcodes_${process.pid}_${Date.now()}`;
  const baseUrl = process.env.TEST_DATABASE_URL as string;
  let admin: Client;
  let dataSource: DataSource;

  beforeAll(async () => {
    admin = new Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    dataSource = new DataSource(dataSourceOptions(baseUrl.replace(/\/[^/]+$/, `/${name}`)));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it('merges offices registered twice under one postcode, keeping what named them', async () => {
    await dataSource.runMigrations();
    const [{ count }] = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM typeorm_migrations WHERE timestamp >= $1',
      [UNIQUE_POSTCODES],
    );
    for (let i = 0; i < count; i++) await dataSource.undoLastMigration();

    const office = async (postcode: string, createdAt: string): Promise<string> =>
      (
        await dataSource.query<{ id: string }[]>(
          `INSERT INTO post_offices (postcode, name, address, locality, created_at)
           VALUES ($1, 'Көктал', 'Абай 1', 'Көктал', $2) RETURNING id`,
          [postcode, createdAt],
        )
      )[0].id;
    const oldest = await office('050010', '2026-01-01T00:00:00Z');
    const twin = await office('050010', '2026-02-01T00:00:00Z');
    const other = await office('050011', '2026-03-01T00:00:00Z');
    const school = async (officeId: string): Promise<string> =>
      (
        await dataSource.query<{ id: string }[]>(
          `INSERT INTO schools (name, region, locality, address, post_office_id)
           VALUES ('Мектеп', 'Алматы облысы', 'Көктал', 'Мектеп 1', $1) RETURNING id`,
          [officeId],
        )
      )[0].id;
    const [onTwin, onOther] = [await school(twin), await school(other)];
    await dataSource.query(
      `INSERT INTO staff (full_name, role, post_office_id, login, password_hash)
       VALUES ('Кассир', 'post_clerk', $1, 'clerk.twin', 'x')`,
      [twin],
    );

    await dataSource.runMigrations();

    const offices = await dataSource.query<{ id: string }[]>(
      'SELECT id FROM post_offices ORDER BY postcode',
    );
    expect(offices.map((o) => o.id)).toEqual([oldest, other]);
    const schools = await dataSource.query<{ id: string; post_office_id: string }[]>(
      'SELECT id, post_office_id FROM schools',
    );
    expect(Object.fromEntries(schools.map((s) => [s.id, s.post_office_id]))).toEqual({
      [onTwin]: oldest,
      [onOther]: other,
    });
    const [clerk] = await dataSource.query<{ post_office_id: string }[]>(
      "SELECT post_office_id FROM staff WHERE login = 'clerk.twin'",
    );
    expect(clerk.post_office_id).toBe(oldest);
    await expect(
      dataSource.query(
        `INSERT INTO post_offices (postcode, name, address, locality) VALUES ('050011', 'X', 'Y', 'Z')`,
      ),
    ).rejects.toMatchObject({ driverError: { constraint: 'uq_post_offices_postcode' } });
  });
});
