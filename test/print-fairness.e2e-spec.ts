import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PrintRunWorker, SMALL_RUN_PACKETS } from '@/printing/print-run-worker';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';
import { createOwnDatabase } from './support/own-database';

const HEADER = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';

/**
 * Print runs share the workers fairly: schools take turns, small runs have a lane of their
 * own, and nobody keeps more than a few runs waiting. The worker's turns are taken here by
 * hand (no worker process runs), so the order is the service's, not the clock's.
 */
describe('fair print queues (e2e)', () => {
  let app: INestApplication;
  let bigA: SchoolWorld;
  let bigB: SchoolWorld;
  let small: SchoolWorld;
  const dispatchOf: Record<string, string> = {};

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('print_fairness') });
    [bigA, bigB, small] = await Promise.all([
      createSchoolWorld(app, { pupils: 0 }),
      createSchoolWorld(app, { pupils: 0 }),
      createSchoolWorld(app, { pupils: 5 }),
    ]);
    await Promise.all([
      addPupils(bigA, SMALL_RUN_PACKETS + 1),
      addPupils(bigB, SMALL_RUN_PACKETS + 1),
    ]);
    for (const world of [bigA, bigB, small])
      dispatchOf[world.schoolId] = await dispatchClass(world);
  });
  afterAll(() => app.close());

  async function addPupils(world: SchoolWorld, count: number): Promise<void> {
    const tag = unique('');
    const rows = Array.from(
      { length: count },
      (_, i) =>
        `Оқушы ${tag} ${i};Көктал, Абай к. ${i};A15E3C5;${world.pupilOfficeId};pickup;Ата-ана ${i};8 701 000 ${String(i).padStart(4, '0')}`,
    );
    await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('classId', world.classId)
      .attach('file', Buffer.from(`${HEADER}\n${rows.join('\n')}\n`), {
        filename: 'roster.csv',
        contentType: 'text/csv',
      })
      .expect(201);
  }

  async function dispatchClass(world: SchoolWorld): Promise<string> {
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const dispatch = await post<{ id: string }>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
    });
    return dispatch.id;
  }

  const startRun = (world: SchoolWorld, token = world.director.token): request.Test =>
    request(server(app))
      .post('/print-jobs')
      .set('Authorization', `Bearer ${token}`)
      .send({ dispatchIds: [dispatchOf[world.schoolId]] });

  const statusOf = async (id: string): Promise<string> => {
    const [row] = await app
      .get(DataSource)
      .query<{ status: string }[]>('SELECT status FROM print_jobs WHERE id = $1', [id]);
    return row.status;
  };

  it('takes turns between schools, and renders a small run in a lane of its own', async () => {
    const a1 = (await startRun(bigA).expect(202)).body.id as string;
    const a2 = (await startRun(bigA).expect(202)).body.id as string;
    const b1 = (await startRun(bigB).expect(202)).body.id as string;
    const tiny = (await startRun(small).expect(202)).body.id as string;
    const worker = app.get(PrintRunWorker);

    await worker.renderNext(true);
    expect(await statusOf(tiny)).toBe('ready');
    expect([await statusOf(a1), await statusOf(b1)]).toEqual(['preparing', 'preparing']);

    await worker.renderNext(false);
    expect([await statusOf(a1), await statusOf(a2), await statusOf(b1)]).toEqual([
      'ready',
      'preparing',
      'preparing',
    ]);
    // School A has just had its turn: school B's run goes before A's second one.
    await worker.renderNext(false);
    expect([await statusOf(a2), await statusOf(b1)]).toEqual(['preparing', 'ready']);
    await worker.renderNext(false);
    expect(await statusOf(a2)).toBe('ready');
  });

  it('caps the runs being prepared per person and per school, with a wait to retry', async () => {
    for (let i = 0; i < 3; i++) await startRun(small).expect(202);
    const mine = await startRun(small).expect(429);
    expect(mine.headers['retry-after']).toBe('30');
    expect(mine.body).toMatchObject({
      code: 'print_job.too_many',
      details: { scope: 'user', limit: 3 },
    });
    for (let i = 0; i < 3; i++) await startRun(small, small.teacher.token).expect(202);
    const school = await startRun(small, small.deputy.token).expect(429);
    expect(school.body).toMatchObject({
      code: 'print_job.too_many',
      details: { scope: 'school', limit: 6 },
    });
    // Someone else's school is not held up by it.
    await startRun(bigB).expect(202);
  });

  it('keeps the cap when several runs are started at the same instant', async () => {
    const rush = await createSchoolWorld(app, { pupils: 2 });
    dispatchOf[rush.schoolId] = await dispatchClass(rush);
    const answers = await Promise.all(Array.from({ length: 5 }, () => startRun(rush)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 202, 202, 429, 429]);
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: string }[]>('SELECT count(*) FROM print_jobs WHERE school_id = $1', [
        rush.schoolId,
      ]);
    expect(Number(count)).toBe(3);
  });
});
