import { INestApplication } from '@nestjs/common';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { PrintRunWorker } from '@/printing/print-run-worker';
import { createTestApp } from './support/app';
import { caseBody, createSchoolWorld, daysFromNow, get, post, server } from './support/factories';
import { createOwnDatabase } from './support/own-database';
import { binary, decodeBarcodes, pdfPageCount } from './support/pdf';
import { TestS3 } from './support/s3-server';
import { waitFor } from './support/wait';

interface Job {
  id: string;
  status: string;
  done: number;
  total: number;
}

/**
 * Print runs kept in an S3-compatible bucket: the API process and the worker have data folders
 * of their own (different machines, no shared volume), and the file still reaches the teacher.
 */
describe('print runs in an S3-compatible bucket (e2e, a real S3 server)', () => {
  let app: INestApplication;
  let worker: INestApplication;
  const s3 = new TestS3();

  beforeAll(async () => {
    await s3.start();
    const shared = { DATABASE_URL: await createOwnDatabase('print_runs_s3'), ...s3.env };
    app = await createTestApp({ ...shared, WORKER: 'off' });
    worker = await createTestApp({ ...shared, WORKER: 'on' });
  });
  afterAll(async () => {
    await worker.close();
    await app.close();
    await s3.stop();
  });

  const dataDir = (of: INestApplication): string => of.get<AppSettings>(APP_SETTINGS).dataDir;

  it('renders on the worker, stores in the bucket, downloads from the API, deletes after a day', async () => {
    const world = await createSchoolWorld(app, { pupils: 3 });
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const made = await post<{ id: string; packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [lesson.id], returnDueOn: daysFromNow(14) },
    );
    const started = await post<Job>(
      app,
      world.teacher.token,
      '/print-jobs',
      { dispatchIds: [made.id] },
      202,
    );
    const job = await waitFor(
      () => get<Job>(app, world.teacher.token, `/print-jobs/${started.id}`),
      (now) => now.status !== 'preparing',
      { what: 'the print run', timeoutMs: 60_000 },
    );
    expect(job).toMatchObject({ status: 'ready', done: 3, total: 3 });
    expect(s3.keys()).toEqual([`school-files/print-runs/${job.id}.pdf`]);
    // Nothing kept on either machine's disk: the worker's part file went to the bucket.
    expect(readdirSync(join(dataDir(worker), 'print-runs', 'parts'))).toEqual([]);
    expect(existsSync(join(dataDir(app), 'print-runs'))).toBe(false);

    const file = await request(server(app))
      .get(`/print-jobs/${job.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    const pdf = file.body as Buffer;
    const perPacket = (await pdfPageCount(pdf)) / 3;
    expect(Number.isInteger(perPacket)).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(await decodeBarcodes(pdf, i * perPacket + 1)).toEqual([made.packets[i].code]);

    expect(await worker.get(PrintRunWorker).cleanUp()).toBe(0);
    expect(s3.keys()).toHaveLength(1);
    await app
      .get(DataSource)
      .query(`UPDATE print_jobs SET expires_at = now() - interval '1 minute' WHERE id = $1`, [
        job.id,
      ]);
    expect(await worker.get(PrintRunWorker).cleanUp()).toBe(1);
    expect(s3.keys()).toEqual([]);
    await request(server(app))
      .get(`/print-jobs/${job.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404);
  });
});
