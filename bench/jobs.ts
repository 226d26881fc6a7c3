import { ChildProcess, spawnSync } from 'node:child_process';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '../src/common/config/settings';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
  server,
} from '../test/support/factories';
import { binary, pdfPageCount } from '../test/support/pdf';
import { kill, startWorker } from '../test/support/server-process';
import { TestSmsCentre } from '../test/support/smpp-server';
import { machine, startBenchApp } from './support';

const PUPILS = 1000;
const CONNECTIONS = 20;
const PRINT_RUNS = 4;

type Bench = Awaited<ReturnType<typeof startBenchApp>>;

/**
 * Background jobs as production runs them: the API (this process, no worker) records events and
 * print runs; 1, then 2 worker processes from the build (`npm run worker`) do the work.
 * - notifications: a class of 1,000 pupils, each guardian with a number of their own; every
 *   packet scanned `arrived` through HTTP, 20 at a time; each message timed from its scan's
 *   answer to its submit reaching a real SMPP server on 127.0.0.1.
 * - print runs: 4 runs of the class (1,000 packets each) asked at once, timed from the first
 *   request to the last run ready; pages counted in the PDFs.
 */
async function main(): Promise<void> {
  // One teacher asks for all the runs at once, more than one person may have in preparation.
  const bench = await startBenchApp('bench-jobs', { PRINT_JOBS_PER_USER: String(PRINT_RUNS) });
  const centre = new TestSmsCentre();
  const workers: ChildProcess[] = [];
  try {
    build();
    await centre.start();
    const settings = bench.app.get<AppSettings>(APP_SETTINGS);
    const workerEnv = {
      DATA_DIR: settings.dataDir,
      ...centre.env,
      SMS_QUIET_HOURS: 'none',
      SMS_DAILY_CAP_PER_SCHOOL: '100000',
    };
    const world = await createSchoolWorld(bench.app, { pupils: 0 });
    await addPupils(bench, world);
    console.log(`machine: ${machine()}`);
    console.log(`class of ${PUPILS} pupils; API in this process, workers from the build`);
    for (const count of [1, 2]) {
      while (workers.length < count) workers.push(await startWorker(bench.databaseUrl, workerEnv));
      await measureNotifications(bench, world, centre, count);
      await measurePrintRuns(bench, world, count);
    }
  } finally {
    for (const worker of workers) await kill(worker);
    await centre.stop();
    await bench.stop();
  }
}

function build(): void {
  const result = spawnSync('npm', ['run', 'build:api'], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build:api failed:\n${result.stdout}${result.stderr}`);
}

/** Pupils with a guardian's number each. */
async function addPupils(bench: Bench, world: SchoolWorld): Promise<void> {
  for (let i = 0; i < PUPILS; i++) {
    await post(bench.app, world.teacher.token, '/students', {
      classId: world.classId,
      fullName: `Оқушы ${i + 1} Қайратұлы`,
      address: `Бірлік ауылы, Абай көшесі, ${i + 1}`,
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      delivery: 'pickup',
      guardianName: 'Ата-ана Тестова',
      guardianPhone: `+7707${String(1_000_000 + i)}`,
    });
  }
}

async function dispatch(
  bench: Bench,
  world: SchoolWorld,
): Promise<{ id: string; codes: string[] }> {
  const lesson = await post<{ id: string }>(
    bench.app,
    world.teacher.token,
    '/cases',
    caseBody(world),
  );
  const made = await post<{ id: string; packets: { code: string }[] }>(
    bench.app,
    world.teacher.token,
    '/dispatches',
    { classId: world.classId, caseIds: [lesson.id], returnDueOn: daysFromNow(14) },
  );
  return { id: made.id, codes: made.packets.map((p) => p.code) };
}

async function measureNotifications(
  bench: Bench,
  world: SchoolWorld,
  centre: TestSmsCentre,
  workers: number,
): Promise<void> {
  const { codes } = await dispatch(bench, world);
  await inParallel(codes, (code) => scan(bench, world.clerk.token, code, 'posted'));
  centre.received.length = 0;
  const scannedAt = new Map<string, number>();
  const started = Date.now();
  await inParallel(codes, async (code) => {
    await scan(bench, world.pupilClerk.token, code, 'arrived');
    scannedAt.set(code, Date.now());
  });
  const scansDone = Date.now();
  while (centre.received.length < codes.length) {
    if (Date.now() - started > 300_000) throw new Error(`only ${centre.received.length} sent`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const last = Math.max(...centre.received.map((sms) => sms.at));
  const codeOf = await codesByPhone(bench, codes);
  const latencies = centre.received
    .map((sms) => sms.at - (scannedAt.get(codeOf.get(sms.to) ?? '') ?? NaN))
    .sort((a, b) => a - b);
  const rate = codes.length / ((last - started) / 1000);
  console.log(
    `notifications, ${workers} worker(s): ${codes.length} messages in ${((last - started) / 1000).toFixed(1)} s ` +
      `(scans took ${((scansDone - started) / 1000).toFixed(1)} s) = ${rate.toFixed(0)} messages/s; ` +
      `scan -> submit p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, ` +
      `max ${latencies[latencies.length - 1]} ms`,
  );
}

/** Which packet each number's message was about, as the SMS centre spells the number. */
async function codesByPhone(bench: Bench, codes: string[]): Promise<Map<string, string>> {
  const rows = await bench.app.get(DataSource).query<{ code: string; phone: string }[]>(
    `SELECT p.code, n.phone FROM notifications n JOIN packets p ON p.id = n.packet_id
      WHERE p.code = ANY($1)`,
    [codes],
  );
  return new Map(rows.map((row) => [row.phone.replace(/^\+/, ''), row.code]));
}

async function measurePrintRuns(bench: Bench, world: SchoolWorld, workers: number): Promise<void> {
  const dispatches = [];
  for (let i = 0; i < PRINT_RUNS; i++) dispatches.push(await dispatch(bench, world));
  const started = Date.now();
  const jobs = await Promise.all(
    dispatches.map((d) =>
      post<{ id: string }>(
        bench.app,
        world.teacher.token,
        '/print-jobs',
        { dispatchIds: [d.id] },
        202,
      ),
    ),
  );
  const pending = new Set(jobs.map((job) => job.id));
  while (pending.size > 0) {
    if (Date.now() - started > 600_000) throw new Error('print runs did not finish');
    for (const id of pending) {
      const job = await request(server(bench.app))
        .get(`/print-jobs/${id}`)
        .set('Authorization', `Bearer ${world.teacher.token}`);
      if (job.body.status === 'ready') pending.delete(id);
      else if (job.body.status !== 'preparing') throw new Error(`print run ${job.body.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const seconds = (Date.now() - started) / 1000;
  let pages = 0;
  for (const job of jobs) {
    const file = await request(server(bench.app))
      .get(`/print-jobs/${job.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary);
    pages += await pdfPageCount(file.body as Buffer);
  }
  console.log(
    `print runs, ${workers} worker(s): ${PRINT_RUNS} runs of ${PUPILS} packets, ${pages} pages in ` +
      `${seconds.toFixed(1)} s = ${(pages / seconds).toFixed(0)} pages/s`,
  );
}

async function scan(bench: Bench, token: string, code: string, event: string): Promise<void> {
  const response = await request(server(bench.app))
    .post('/scans')
    .set('Authorization', `Bearer ${token}`)
    .send({ code, event });
  if (response.status !== 201) throw new Error(`scan ${code} ${event}: ${response.status}`);
}

/** Runs `task` over the items, CONNECTIONS at a time, as a busy counter would. */
async function inParallel<T>(
  items: T[],
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      await task(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, lane));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))];
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
