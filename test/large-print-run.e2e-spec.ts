import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  scan,
  SchoolWorld,
  server,
} from './support/factories';
import { createOwnDatabase } from './support/own-database';
import { binary, decodeBarcodes, pdfPageCount, pdfText } from './support/pdf';
import { waitFor } from './support/wait';

interface Job {
  id: string;
  status: string;
  done: number;
  total: number;
}
interface Made {
  id: string;
  packets: { code: string; studentName: string }[];
}

/**
 * `GET /dispatches/:id/packets.pdf` of a large dispatch goes through a print job: a worker
 * renders it into a file, the route answers 202 until then and the file afterwards. Here
 * "large" is more than 2 packets, so a class of three shows it.
 */
describe('the print run of a large dispatch, through a print job (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    // A database of its own, so this suite's worker takes only this suite's jobs.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('large_print_run'),
      WORKER: 'on',
      DIRECT_DOWNLOAD_MAX_PACKETS: '2',
    });
    world = await createSchoolWorld(app, { pupils: 3 });
  });
  afterAll(() => app.close());

  const dispatch = async (studentIds = world.studentIds): Promise<Made> => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    return post<Made>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      studentIds,
      returnDueOn: daysFromNow(14),
    });
  };

  const ask = (id: string, token = world.teacher.token) =>
    request(server(app))
      .get(`/dispatches/${id}/packets.pdf`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary);

  /** Asks again, as the web app does, until the answer is the file. */
  const untilFile = (id: string): Promise<request.Response> =>
    waitFor(
      () => ask(id),
      (response) => response.status !== 202,
      { what: `the print run of dispatch ${id}`, timeoutMs: 60_000, intervalMs: 50 },
    );

  const jobsOf = async (dispatchId: string): Promise<number> => {
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: string }[]>(
        'SELECT count(*) FROM print_jobs WHERE dispatch_ids = ARRAY[$1]::uuid[]',
        [dispatchId],
      );
    return Number(count);
  };

  const codesIn = async (pdf: Buffer, packets: number): Promise<string[]> => {
    const perPacket = (await pdfPageCount(pdf)) / packets;
    const codes: string[] = [];
    for (let i = 0; i < packets; i++) codes.push(...(await decodeBarcodes(pdf, i * perPacket + 1)));
    return codes;
  };

  it('streams a dispatch of up to the threshold at once, as before', async () => {
    const made = await dispatch(world.studentIds.slice(0, 2));
    const response = await ask(made.id).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(await codesIn(response.body as Buffer, 2)).toEqual(made.packets.map((p) => p.code));
    expect(await jobsOf(made.id)).toBe(0);
  });

  it('answers 202 with the run to follow, then the whole run as one PDF, rendered once', async () => {
    const made = await dispatch();
    // Asked twice at once (a double click), it starts one run.
    const [first, twin] = await Promise.all([ask(made.id), ask(made.id)]);
    expect([first.status, twin.status]).toEqual([202, 202]);
    expect((JSON.parse((twin.body as Buffer).toString()) as Job).id).toBe(
      (JSON.parse((first.body as Buffer).toString()) as Job).id,
    );
    expect(first.headers['retry-after']).toBe('2');
    expect(first.headers.location).toBe(`/dispatches/${made.id}/packets.pdf`);
    const job = JSON.parse((first.body as Buffer).toString()) as Job;
    expect(job).toMatchObject({ status: 'preparing', total: 3 });
    // The director asking meanwhile joins the same run instead of starting another.
    const joined = await ask(made.id, world.director.token);
    if (joined.status === 202)
      expect((JSON.parse((joined.body as Buffer).toString()) as Job).id).toBe(job.id);

    const file = await untilFile(made.id);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment; filename="packets-5/);
    const pdf = file.body as Buffer;
    expect(await codesIn(pdf, 3)).toEqual(made.packets.map((p) => p.code));
    const text = await pdfText(pdf);
    for (const packet of made.packets) expect(text).toContain(packet.studentName);

    // Asked again, the finished file is sent again: nothing is rendered anew.
    const again = await ask(made.id, world.director.token).expect(200);
    expect((again.body as Buffer).equals(pdf)).toBe(true);
    expect(await jobsOf(made.id)).toBe(1);
  });

  it('prepares the run again once a packet was added to the dispatch (a reprint)', async () => {
    const made = await dispatch();
    const before = await untilFile(made.id);
    expect(before.status).toBe(200);
    expect(
      (await scan(app, world.clerk.token, { code: made.packets[0].code, event: 'posted' })).status,
    ).toBe(201);
    const reprinted = await post<{ code: string }>(
      app,
      world.teacher.token,
      `/packets/${made.packets[0].code}/reprint`,
      { reason: 'Жолда жоғалды' },
    );
    await ask(made.id).expect(202);
    const after = await untilFile(made.id);
    expect(after.status).toBe(200);
    const codes = await codesIn(after.body as Buffer, 4);
    expect(codes).toEqual([...made.packets.map((p) => p.code), reprinted.code]);
    expect(await jobsOf(made.id)).toBe(2);
  });
});

/** The caps on runs being prepared are settings; joining a run is never refused. */
describe('caps on print runs being prepared, from the settings (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    // No worker: every run stays "preparing", so the caps are reached for sure.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('print_run_caps'),
      WORKER: 'off',
      DIRECT_DOWNLOAD_MAX_PACKETS: '2',
      PRINT_JOBS_PER_USER: '1',
      PRINT_JOBS_PER_SCHOOL: '2',
    });
    world = await createSchoolWorld(app, { pupils: 3 });
  });
  afterAll(() => app.close());

  const dispatch = async (): Promise<string> => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const made = await post<Made>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    return made.id;
  };
  const ask = (id: string, token: string) =>
    request(server(app))
      .get(`/dispatches/${id}/packets.pdf`)
      .set('Authorization', `Bearer ${token}`);

  it('refuses a person or a school past the cap with 429 and Retry-After, never a run joined', async () => {
    const [a, b, c] = [await dispatch(), await dispatch(), await dispatch()];
    await ask(a, world.teacher.token).expect(202);
    await ask(a, world.teacher.token).expect(202);
    const mine = await ask(b, world.teacher.token).expect(429);
    expect(mine.headers['retry-after']).toBe('30');
    expect(mine.body).toMatchObject({
      code: 'print_job.too_many',
      details: { scope: 'user', limit: 1 },
    });
    await ask(b, world.director.token).expect(202);
    const school = await ask(c, world.deputy.token).expect(429);
    expect(school.body).toMatchObject({
      code: 'print_job.too_many',
      details: { scope: 'school', limit: 2 },
    });
    // Both runs are joined by anyone who may see the dispatch, whatever the caps.
    await ask(b, world.deputy.token).expect(202);
    await ask(a, world.deputy.token).expect(202);
  });
});
