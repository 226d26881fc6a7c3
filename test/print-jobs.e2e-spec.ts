import { INestApplication } from '@nestjs/common';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { PrintRunWorker } from '@/printing/print-run-worker';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  server,
} from './support/factories';
import { createOwnDatabase } from './support/own-database';
import { binary, decodeBarcodes, pdfPageCount } from './support/pdf';
import { waitFor } from './support/wait';

interface Made {
  items: { id: string; classId: string; packets: { code: string; studentName: string }[] }[];
}
interface Job {
  id: string;
  status: string;
  done: number;
  total: number;
  fileName: string;
}

/**
 * A whole grade dispatched at once, and its print run rendered as one PDF by a worker: not the
 * process that was asked, as behind a load balancer, but one sharing its database and files.
 */
describe('dispatching several classes and printing them together (e2e)', () => {
  let app: INestApplication;
  let worker: INestApplication;
  let world: SchoolWorld;
  const files = mkdtempSync(join(tmpdir(), 'kazpost-print-runs-'));
  let classA: string;
  let grade6: string;

  const addClass = async (grade: number, letter: string, pupils: number): Promise<string> => {
    const { id } = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade,
      letter,
      language: 'kk',
    });
    for (let i = 0; i < pupils; i++)
      await post(app, world.teacher.token, '/students', {
        classId: id,
        fullName: `${letter}-оқушы ${i + 1}`,
        address: 'Бірлік ауылы, Абай көшесі, 1',
        postcode: 'A15E3C5',
        postOfficeId: world.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: '8 701 234 56 70',
      });
    return id;
  };

  beforeAll(async () => {
    // A database of its own, so this suite's worker takes only this suite's jobs.
    const shared = { DATABASE_URL: await createOwnDatabase('print_jobs'), DATA_DIR: files };
    app = await createTestApp({ ...shared, WORKER: 'off' });
    worker = await createTestApp({ ...shared, WORKER: 'on' });
    world = await createSchoolWorld(app, { pupils: 3, letter: 'Ә' });
    classA = await addClass(5, 'А', 2);
    grade6 = await addClass(6, 'А', 1);
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
    rmSync(files, { recursive: true, force: true });
  });

  /** Polls as the browser does until the worker is done. */
  const untilDone = (job: Job): Promise<Job> =>
    waitFor(
      () => get<Job>(app, world.teacher.token, `/print-jobs/${job.id}`),
      (now) => now.status !== 'preparing',
      { what: `print run ${job.id}`, timeoutMs: 60_000, intervalMs: 50 },
    );

  const dispatchCount = async (): Promise<number> =>
    (await get<{ total: number }>(app, world.director.token, '/dispatches')).total;

  it('makes no dispatch at all when one chosen class gets none of the cases', async () => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const before = await dispatchCount();
    const response = await request(server(app))
      .post('/dispatches/batch')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({
        classes: [{ classId: world.classId }, { classId: grade6 }],
        caseIds: [lesson.id],
        returnDueOn: daysFromNow(14),
      })
      .expect(400);
    expect(response.body).toMatchObject({
      code: 'case.wrong_class',
      details: { classLabel: '6 А' },
    });
    expect(await dispatchCount()).toBe(before);
  });

  it('dispatches a grade in one go and prints it as one PDF in class order, with progress', async () => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const made = await post<Made>(app, world.teacher.token, '/dispatches/batch', {
      classes: [
        { classId: world.classId, studentIds: world.studentIds.slice(0, 2) },
        { classId: classA },
      ],
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    expect(made.items.map((d) => [d.classId, d.packets.length])).toEqual([
      [world.classId, 2],
      [classA, 2],
    ]);
    const started = await request(server(app))
      .post('/print-jobs')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ dispatchIds: made.items.map((d) => d.id) })
      .expect(202);
    const job = started.body as Job;
    expect(job).toMatchObject({ status: 'preparing', total: 4 });
    expect(job.fileName).toMatch(/^packets-5А_5Ә-\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}-[0-9a-f]{4}\.pdf$/);
    const now = await untilDone(job);
    expect(now).toMatchObject({ status: 'ready', done: 4, total: 4 });
    // Another member of staff does not see someone else's print job.
    await request(server(app))
      .get(`/print-jobs/${job.id}`)
      .set('Authorization', `Bearer ${world.director.token}`)
      .expect(404);
    const file = await request(server(app))
      .get(`/print-jobs/${job.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = file.body as Buffer;
    const perPacket = (await pdfPageCount(pdf)) / 4;
    expect(Number.isInteger(perPacket) && perPacket % 2 === 0).toBe(true);
    // 5 А comes before 5 Ә in Kazakh order, though it was named second.
    const [fromA, fromAe] = [made.items[1], made.items[0]];
    const expected = [...fromA.packets, ...fromAe.packets].map((p) => p.code);
    for (let i = 0; i < 4; i++)
      expect(await decodeBarcodes(pdf, i * perPacket + 1)).toEqual([expected[i]]);
  });

  it('keeps a print run for a day, then deletes it and its file', async () => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const made = await post<Made>(app, world.teacher.token, '/dispatches/batch', {
      classes: [{ classId: classA }],
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    const job = await post<Job>(
      app,
      world.teacher.token,
      '/print-jobs',
      { dispatchIds: [made.items[0].id] },
      202,
    );
    const now = await untilDone(job);
    expect(now.status).toBe('ready');
    const stored = `${job.id}.pdf`;
    expect(readdirSync(join(files, 'print-runs'))).toContain(stored);

    expect(await worker.get(PrintRunWorker).cleanUp()).toBe(0);
    await app
      .get(DataSource)
      .query(`UPDATE print_jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        job.id,
      ]);
    expect(await worker.get(PrintRunWorker).cleanUp()).toBe(1);
    expect(readdirSync(join(files, 'print-runs'))).not.toContain(stored);
    await request(server(app))
      .get(`/print-jobs/${job.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404)
      .expect((r) => expect(r.body.code).toBe('print_job.not_found'));
  });

  it('answers a job that does not exist with its code', async () => {
    await request(server(app))
      .get('/print-jobs/00000000-0000-4000-8000-000000000000')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404)
      .expect((r) => expect(r.body.code).toBe('print_job.not_found'));
  });
});
