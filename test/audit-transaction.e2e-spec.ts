import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import {
  appointCollector,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  PASSWORD,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

/**
 * A change and its audit row are one transaction: when the database refuses the audit row,
 * the client is told the change failed and the change is not in the database. The refusal is
 * the database's own, a trigger that rejects the audit rows of one director only, so other
 * suites sharing the database and the same change by anyone else go through.
 */
describe('a change and its audit row share one transaction (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let world: SchoolWorld;
  const trigger = `refuse_audit_${randomUUID().replace(/-/g, '')}`;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    world = await createSchoolWorld(app);
    await db.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor_id = '${world.director.id}' THEN
          RAISE EXCEPTION 'audit row refused by the test';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER ${trigger} BEFORE INSERT ON audit_entries
        FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
    );
  });
  afterAll(async () => {
    await db.query(`DROP TRIGGER IF EXISTS ${trigger} ON audit_entries`);
    await db.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    await app.close();
  });

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  const auditRows = async (targetId: string): Promise<number> =>
    (
      await db.query<{ n: number }[]>(
        'SELECT count(*)::int AS n FROM audit_entries WHERE target_id = $1',
        [targetId],
      )
    )[0].n;

  it('undoes a correction whose audit row is refused, and keeps it when the row is written', async () => {
    const before = await db.query<{ name: string }[]>('SELECT name FROM schools WHERE id = $1', [
      world.schoolId,
    ]);
    const refused = await request(server(app))
      .patch(`/schools/${world.schoolId}`)
      .set(as(world.director.token))
      .send({ region: 'Жетісу облысы' });
    expect(refused.status).toBe(500);
    expect(refused.body).toMatchObject({ code: 'server.error' });
    const [after] = await db.query<{ name: string; region: string }[]>(
      'SELECT name, region FROM schools WHERE id = $1',
      [world.schoolId],
    );
    expect(after).toEqual({ name: before[0].name, region: 'Алматы облысы' });
    expect(await auditRows(world.schoolId)).toBe(1); // its creation only

    await request(server(app))
      .patch(`/schools/${world.schoolId}`)
      .set(as(world.admin))
      .send({ region: 'Жетісу облысы' })
      .expect(200);
    const [kept] = await db.query<{ region: string }[]>(
      'SELECT region FROM schools WHERE id = $1',
      [world.schoolId],
    );
    expect(kept.region).toBe('Жетісу облысы');
    expect(await auditRows(world.schoolId)).toBe(2);
  });

  it('leaves no class behind when the audit row of its creation is refused', async () => {
    const refused = await request(server(app))
      .post('/classes')
      .set(as(world.director.token))
      .send({ schoolId: world.schoolId, grade: 7, letter: 'Б', language: 'ru' });
    expect(refused.status).toBe(500);
    const classes = await db.query<{ letter: string }[]>(
      'SELECT letter FROM classes WHERE school_id = $1 AND grade = 7',
      [world.schoolId],
    );
    expect(classes).toEqual([]);
  });

  it('undoes every row of a handover (one duty ended, another made) when its audit row is refused', async () => {
    const dutyId = await appointCollector(app, world, addDays(localDate(), -3));
    const next = await post<{ id: string }>(app, world.admin, '/staff', {
      fullName: 'Келесі Жинаушы',
      role: 'teacher',
      schoolId: world.schoolId,
      login: unique('next.collector.'),
      password: PASSWORD,
    });
    const refused = await request(server(app))
      .post(`/collection-duties/${dutyId}/handover`)
      .set(as(world.director.token))
      .send({ teacherId: next.id });
    expect(refused.status).toBe(500);
    const duties = await db.query<{ id: string; ended_at: Date | null }[]>(
      'SELECT id, ended_at FROM collection_duties WHERE school_id = $1',
      [world.schoolId],
    );
    expect(duties).toEqual([{ id: dutyId, ended_at: null }]);
    expect(await auditRows(dutyId)).toBe(1); // its appointment by the deputy
  });

  it('leaves no dispatch and no packet when the audit row of a dispatch is refused', async () => {
    const made = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const refused = await request(server(app))
      .post('/dispatches')
      .set(as(world.director.token))
      .send({ classId: world.classId, caseIds: [made.id], returnDueOn: daysFromNow(14) });
    expect(refused.status).toBe(500);
    const [left] = await db.query<{ dispatches: number; packets: number }[]>(
      `SELECT (SELECT count(*) FROM dispatches WHERE class_id = $1)::int AS dispatches,
              (SELECT count(*) FROM packets WHERE class_id = $1)::int AS packets`,
      [world.classId],
    );
    expect(left).toEqual({ dispatches: 0, packets: 0 });

    const sent = await post<{ packets: unknown[] }>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [made.id],
      returnDueOn: daysFromNow(14),
    });
    expect(sent.packets).toHaveLength(world.studentIds.length);
  });
});
