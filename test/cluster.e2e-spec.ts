import { INestApplication } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp } from './support/app';
import { caseBody, createSchoolWorld, daysFromNow, post, SchoolWorld } from './support/factories';
import { createOwnDatabase } from './support/own-database';
import { binary, decodeBarcodes, pdfPageCount } from './support/pdf';
import { kill, send, serverPort, startServer, startWorker } from './support/server-process';
import { TestSmsCentre } from './support/smpp-server';
import { waitForDrainedQueue } from './support/job-queue';
import { waitFor } from './support/wait';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';

const PUPILS = 6;
const DISPATCHES = 4;

interface Message {
  kind: string;
  status: string;
  packetCode: string;
  phone: string;
}

/**
 * Production's shape on one machine: two API processes behind a load balancer (here the test
 * sends alternately, or to both at once) and two worker processes, on one database and one
 * files folder. Nothing is lost, nothing is done twice, and limits hold across processes.
 */
describe('two API processes and two workers on one database (e2e)', () => {
  let setup: INestApplication;
  let centre: TestSmsCentre;
  let world: SchoolWorld;
  const apis: string[] = [];
  const processes: ChildProcess[] = [];
  const files = mkdtempSync(join(tmpdir(), 'kazpost-cluster-'));
  const phones: string[] = [];
  let databaseUrl: string;

  beforeAll(async () => {
    centre = new TestSmsCentre();
    await centre.start();
    databaseUrl = await createOwnDatabase('cluster');
    const shared = { DATA_DIR: files, LOGIN_ATTEMPTS_PER_MINUTE: '3' };
    const workerEnv = {
      ...shared,
      ...centre.env,
      SMS_QUIET_HOURS: 'none',
    };
    // The test's own process only prepares the school, as an administrator would beforehand.
    setup = await createTestApp({ DATABASE_URL: databaseUrl, ...shared });
    world = await createSchoolWorld(setup, { pupils: PUPILS });
    for (const [i, id] of world.studentIds.entries()) {
      phones.push(`+7707600${String(1000 + i)}`);
      await request(setup.getHttpServer() as never)
        .patch(`/students/${id}`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send({ guardianPhone: phones[i] })
        .expect(200);
    }
    const base = serverPort();
    // Each process is tracked as it is spawned: if the set-up fails, afterAll still stops it.
    const apiOptions = { dataDir: files, env: { ...shared, WORKER: 'off' }, track: processes };
    await Promise.all([
      startServer(databaseUrl, base, apiOptions),
      startServer(databaseUrl, base + 1, apiOptions),
      startWorker(databaseUrl, workerEnv, { track: processes }),
      startWorker(databaseUrl, workerEnv, { track: processes }),
    ]);
    apis.push(`http://127.0.0.1:${base}`, `http://127.0.0.1:${base + 1}`);
    // Four processes starting at once on a small machine: more than the usual hook limit.
  }, 180_000);
  afterAll(async () => {
    for (const child of processes) await kill(child);
    await setup?.close();
    await centre?.stop();
    rmSync(files, { recursive: true, force: true });
  });

  const api = (i: number): string => apis[i % apis.length];
  const getFrom = async <T>(i: number, path: string): Promise<T> =>
    (
      await request(api(i))
        .get(path)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .expect(200)
    ).body as T;

  it('dispatches, scans and texts across processes: nothing lost, nothing doubled', async () => {
    // Dispatches made at once through both processes: every packet gets a code of its own.
    const lessons = [];
    for (let i = 0; i < DISPATCHES; i++)
      lessons.push(
        await post<{ id: string }>(setup, world.teacher.token, '/cases', caseBody(world)),
      );
    const dispatched = await Promise.all(
      lessons.map((lesson, i) =>
        send(api(i), '/dispatches', world.teacher.token, {
          classId: world.classId,
          caseIds: [lesson.id],
          returnDueOn: daysFromNow(14),
        }),
      ),
    );
    expect(dispatched.map((r) => r.status)).toEqual(Array(DISPATCHES).fill(201));
    const codes = dispatched
      .flatMap((r) => (r.body as { packets: { code: string }[] }).packets)
      .map((p) => p.code);
    expect(new Set(codes).size).toBe(PUPILS * DISPATCHES);

    // Posted at the school's office, alternating processes; then every arrival read twice at
    // once, each read reaching a different process.
    const posted = await Promise.all(
      codes.map((code, i) => send(api(i), '/scans', world.clerk.token, { code, event: 'posted' })),
    );
    expect(posted.every((r) => r.status === 201)).toBe(true);
    const arrived = await Promise.all(
      codes.flatMap((code) =>
        [0, 1].map((i) =>
          send(api(i), '/scans', world.pupilClerk.token, { code, event: 'arrived' }),
        ),
      ),
    );
    expect(arrived.filter((r) => r.status === 201)).toHaveLength(codes.length);
    expect(arrived.filter((r) => r.status === 200)).toHaveLength(codes.length);

    for (const [i, code] of codes.entries()) {
      const packet = await getFrom<{ events: { event: string }[] }>(i, `/packets/${code}`);
      expect(packet.events.map((e) => e.event)).toEqual(['posted', 'arrived']);
    }

    // One message per packet, sent by one of the two workers and delivered.
    const messages = async (): Promise<Message[]> =>
      (await getFrom<{ items: Message[] }>(0, '/notifications?limit=200')).items.filter(
        (m) => m.kind === 'packet_arrived' || m.kind === 'packet_on_way',
      );
    await waitFor(
      messages,
      (now) => now.length === codes.length && now.every((m) => m.status === 'delivered'),
      { what: 'every message to be delivered', timeoutMs: 60_000 },
    );
    expect(new Set((await messages()).map((m) => m.packetCode)).size).toBe(codes.length);
    // Every send job has run, a doubled one too: the centre has all it will ever get.
    await waitForDrainedQueue(databaseUrl, SEND_NOTIFICATION_JOB);
    for (const phone of phones) expect(centre.to(phone)).toHaveLength(DISPATCHES);
    expect(centre.received).toHaveLength(codes.length);
  }, 120_000);

  it('prints a run asked of one process, rendered by a worker, downloaded from the other', async () => {
    const lesson = await post<{ id: string }>(
      setup,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const made = await send(api(0), '/dispatches', world.teacher.token, {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    const { id: dispatchId, packets } = made.body as { id: string; packets: { code: string }[] };
    const started = await send(api(0), '/print-jobs', world.teacher.token, {
      dispatchIds: [dispatchId],
    });
    expect(started.status).toBe(202);
    const job = started.body as { id: string };
    await waitFor(
      () => getFrom<{ status: string }>(1, `/print-jobs/${job.id}`),
      (run) => run.status === 'ready',
      { what: 'the print run to be ready', timeoutMs: 60_000 },
    );
    const file = await request(api(1))
      .get(`/print-jobs/${job.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const pdf = file.body as Buffer;
    const perPacket = (await pdfPageCount(pdf)) / PUPILS;
    expect(Number.isInteger(perPacket)).toBe(true);
    expect(await decodeBarcodes(pdf, 1)).toEqual([packets[0].code]);
    expect(await decodeBarcodes(pdf, (PUPILS - 1) * perPacket + 1)).toEqual([
      packets[PUPILS - 1].code,
    ]);
  });

  it('counts failed logins across processes: the fourth guess is refused by the other one', async () => {
    const guess = (i: number): Promise<request.Response> =>
      request(api(i)).post('/auth/login').send({ login: world.clerk.login, password: 'wrong-1' });
    for (let i = 0; i < 3; i++) expect((await guess(i)).status).toBe(401);
    const refused = await guess(3);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('auth.too_many_attempts');
  });
});
