import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
} from '../test/support/factories';
import { startMigratedDatabase } from '../test/support/database';
import { kill, serverPort, startServer } from '../test/support/server-process';
import { machine } from './support';

const PUPILS = 2000;
/** Rows of the roster dry run: the class's pupils, new ones, and repeated names refused. */
const DRY_RUN_ROWS = 50_000;
/** A clerk scans, and a monitor asks /health, this often (each waits for its answer). */
const PROBE_EVERY_MS = 100;
const HEADER = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';

interface Row {
  phase: string;
  scans: number[];
  health: number[];
  seconds: number;
  note: string;
}

/**
 * `npm run bench:isolation`: does heavy work stall the counter? The API runs from the build as
 * `npm start` runs it (one process, worker included, so print runs render in it too); this
 * process is only the load. A clerk scans packets and a monitor asks /health, each every
 * 100 ms, alone and then while a teacher downloads a 200-packet class PDF (streamed) and a
 * 2,000-packet one (a print job, then its file), checks a 50,000-row roster, while 20 previews
 * of the largest case are asked at once, and while three 2,000-packet print runs render (with
 * another school's 5-packet run started 5 s in).
 */
async function main(): Promise<void> {
  build();
  const database = await startMigratedDatabase('bench-isolation');
  const dataDir = mkdtempSync(join(tmpdir(), 'kazpost-bench-isolation-'));
  const port = serverPort();
  const api = await startServer(database.url, port, { dataDir });
  const url = `http://127.0.0.1:${port}`;
  // The factories take an application; against a process, its address is all they need.
  const app = { getHttpServer: () => url } as unknown as INestApplication;
  try {
    const big = await createSchoolWorld(app, { pupils: 0 });
    await importPupils(url, big);
    const bigDispatch = await dispatch(app, big, largestCase(big));
    // The largest dispatch still streamed directly (DIRECT_DOWNLOAD_MAX_PACKETS, 200).
    const streamed = await dispatch(app, big, largestCase(big), bigDispatch.students.slice(0, 200));
    const small = await createSchoolWorld(app, { pupils: 5 });
    const smallDispatch = await dispatch(app, small, caseBody(small));
    const probes = new Probes(url, big, bigDispatch.codes);
    const rows: Row[] = [];
    rows.push(await probes.during('alone', () => sleep(10_000).then(() => '')));
    rows.push(
      await probes.during('a 200-packet class PDF streams as it is drawn', () =>
        download(url, big.teacher.token, `/dispatches/${streamed.id}/packets.pdf`),
      ),
    );
    rows.push(
      await probes.during(
        'a 2,000-packet class PDF: prepared by a print job, then downloaded',
        () => download(url, big.teacher.token, `/dispatches/${bigDispatch.id}/packets.pdf`),
      ),
    );
    rows.push(
      await probes.during('the same 2,000-packet PDF again (the finished file)', () =>
        download(url, big.teacher.token, `/dispatches/${bigDispatch.id}/packets.pdf`),
      ),
    );
    rows.push(await probes.during('a 50,000-row roster dry run', () => rosterDryRun(url, big)));
    rows.push(
      await probes.during('20 previews of the largest case at once (one teacher)', () =>
        previews(url, [big.teacher.token], largestCase(big)),
      ),
    );
    const teachers = await moreTeachers(app, big, 20);
    rows.push(
      await probes.during('20 previews at once by 20 teachers, again for 10 s', () =>
        previewWaves(url, teachers, largestCase(big)),
      ),
    );
    rows.push(
      await probes.during('three 2,000-packet print runs (and a 5-packet one)', () =>
        printRuns(url, big, bigDispatch.id, small, smallDispatch.id),
      ),
    );
    report(rows);
  } finally {
    await kill(api);
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function build(): void {
  const result = spawnSync('npm', ['run', 'build:api'], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build:api failed:\n${result.stdout}${result.stderr}`);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The i-th pupil's roster row: the same pupil whenever asked. */
const rosterRow = (world: SchoolWorld, i: number): string =>
  `Оқушы ${i} Қайратұлы;Бірлік ауылы, Абай көшесі, ${i};A15E3C5;${world.pupilOfficeId};pickup;Ата-ана ${i};8 701 ${String(1000000 + i)}`;

const importRoster = (url: string, world: SchoolWorld, rows: string[], dryRun: boolean) =>
  request(url)
    .post('/students/import')
    .set('Authorization', `Bearer ${world.teacher.token}`)
    .field('classId', world.classId)
    .field('dryRun', String(dryRun))
    .attach('file', Buffer.from(`${HEADER}\n${rows.join('\n')}\n`), {
      filename: 'roster.csv',
      contentType: 'text/csv',
    });

async function importPupils(url: string, world: SchoolWorld): Promise<void> {
  const rows = Array.from({ length: PUPILS }, (_, i) => rosterRow(world, i));
  await importRoster(url, world, rows, false).expect(201);
}

/**
 * A teacher checks a 50,000-row roster of the big class: its 2,000 pupils unchanged, 38,000
 * new ones, and 10,000 rows naming a pupil twice (refused).
 */
async function rosterDryRun(url: string, world: SchoolWorld): Promise<string> {
  const rows = Array.from({ length: DRY_RUN_ROWS }, (_, i) => rosterRow(world, i % 40_000));
  const response = await importRoster(url, world, rows, true).expect(200);
  const { badLineCount } = response.body as { badLineCount: number };
  return `${response.status}, ${Math.round(response.text.length / 1024)} KB, ${badLineCount.toLocaleString('en')} bad rows`;
}

/** The largest case the editor takes: 30 long questions, 20 materials, a long summary. */
function largestCase(world: SchoolWorld): Record<string, unknown> {
  const words = (n: number, word: string): string =>
    Array.from({ length: n }, () => word).join(' ');
  return caseBody(world, {
    summary: words(700, 'септік').slice(0, 6000),
    questions: Array.from({ length: 30 }, (_, i) =>
      `${i + 1}. ${words(60, 'сұрақ')}`.slice(0, 1000),
    ),
    materials: Array.from({ length: 20 }, () => words(40, 'материал').slice(0, 1000)),
  });
}

async function dispatch(
  app: INestApplication,
  world: SchoolWorld,
  body: Record<string, unknown>,
  studentIds?: string[],
): Promise<{ id: string; codes: string[]; students: string[] }> {
  const lessonCase = await post<{ id: string }>(app, world.teacher.token, '/cases', body);
  const made = await post<{ id: string; packets: { code: string; studentId: string }[] }>(
    app,
    world.teacher.token,
    '/dispatches',
    {
      classId: world.classId,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
      ...(studentIds ? { studentIds } : {}),
    },
  );
  return {
    id: made.id,
    codes: made.packets.map((p) => p.code),
    students: made.packets.map((p) => p.studentId),
  };
}

async function moreTeachers(
  app: INestApplication,
  world: SchoolWorld,
  n: number,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < n; i++) {
    const login = `bench.teacher.${i}.${Date.now().toString(36)}`;
    await post(app, world.admin, '/staff', {
      fullName: `Мұғалім ${i}`,
      role: 'teacher',
      schoolId: world.schoolId,
      login,
      password: 'a-good-password-1',
    });
    const response = await request(app.getHttpServer() as string)
      .post('/auth/login')
      .send({ login, password: 'a-good-password-1' });
    tokens.push((response.body as { accessToken: string }).accessToken);
  }
  return tokens;
}

/** The clerk's scans and the monitor's /health, timed while some work runs. */
class Probes {
  private next = 0;

  constructor(
    private readonly url: string,
    private readonly world: SchoolWorld,
    private readonly codes: string[],
  ) {}

  async during(phase: string, work: () => Promise<string>): Promise<Row> {
    console.error(`${new Date().toISOString().slice(11, 19)} ${phase}`);
    const scans: number[] = [];
    const health: number[] = [];
    let running = true;
    const loops = [
      this.loop(
        () => running,
        scans,
        () => this.scan(),
      ),
      this.loop(
        () => running,
        health,
        () => fetch(`${this.url}/health`).then((r) => r.text()),
      ),
    ];
    const started = performance.now();
    try {
      const note = await work();
      return { phase, scans, health, seconds: (performance.now() - started) / 1000, note };
    } finally {
      // Also when the work failed: its error is reported, not a probe cut off by the shutdown.
      running = false;
      await Promise.all(loops);
    }
  }

  private async loop(
    going: () => boolean,
    times: number[],
    call: () => Promise<unknown>,
  ): Promise<void> {
    while (going()) {
      const started = performance.now();
      await call();
      const took = performance.now() - started;
      times.push(took);
      await sleep(Math.max(0, PROBE_EVERY_MS - took));
    }
  }

  /** Each scan posts a new packet (the same ones again, as duplicates, once all are posted). */
  private async scan(): Promise<void> {
    const code = this.codes[this.next++ % this.codes.length];
    const response = await fetch(`${this.url}/scans`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.world.clerk.token}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ code, event: 'posted' }),
    });
    await response.text();
    if (response.status >= 300 && response.status !== 409)
      throw new Error(`scan answered ${response.status}`);
  }
}

/** The PDF as the web app gets it: asked again after Retry-After while it answers 202. */
async function download(url: string, token: string, path: string): Promise<string> {
  const started = performance.now();
  let accepted = 0;
  for (;;) {
    const response = await fetch(`${url}${path}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (response.status === 202) {
      accepted += 1;
      await response.text();
      await sleep(Number(response.headers.get('Retry-After')) * 1000);
      continue;
    }
    const fileStarted = performance.now();
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>)
      bytes += chunk.length;
    const seconds = (at: number): string => ((performance.now() - at) / 1000).toFixed(1);
    const prepared = ((fileStarted - started) / 1000).toFixed(1);
    const waited = accepted ? `${accepted} x 202 for ${prepared} s, then ` : '';
    return `${waited}${response.status}, ${(bytes / 2 ** 20).toFixed(1)} MB in ${seconds(fileStarted)} s`;
  }
}

async function previews(
  url: string,
  tokens: string[],
  body: Record<string, unknown>,
): Promise<string> {
  const statuses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      fetch(`${url}/cases/preview.pdf`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${tokens[i % tokens.length]}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(body),
      }).then(async (response) => {
        await response.arrayBuffer();
        return response.status;
      }),
    ),
  );
  return tally(statuses);
}

async function previewWaves(
  url: string,
  tokens: string[],
  body: Record<string, unknown>,
): Promise<string> {
  const until = performance.now() + 10_000;
  const notes: string[] = [];
  while (performance.now() < until) notes.push(await previews(url, tokens, body));
  return `${notes.length} waves; last: ${notes[notes.length - 1]}`;
}

function tally(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} x ${status}`).join(', ');
}

async function printRuns(
  url: string,
  big: SchoolWorld,
  bigDispatch: string,
  small: SchoolWorld,
  smallDispatch: string,
): Promise<string> {
  const started = performance.now();
  const start = async (token: string, dispatchId: string): Promise<string> => {
    const response = await request(url)
      .post('/print-jobs')
      .set('Authorization', `Bearer ${token}`)
      .send({ dispatchIds: [dispatchId] })
      .expect(202);
    return (response.body as { id: string }).id;
  };
  const bigRuns = await Promise.all([1, 2, 3].map(() => start(big.director.token, bigDispatch)));
  await sleep(5_000);
  const smallStarted = performance.now();
  const smallRun = await start(small.director.token, smallDispatch);
  const smallReady = await ready(url, small.director.token, smallRun);
  const smallSeconds = (smallReady - smallStarted) / 1000;
  const bigReady = await Promise.all(bigRuns.map((id) => ready(url, big.director.token, id)));
  const lastBig = (Math.max(...bigReady) - started) / 1000;
  return `5-packet run ready ${smallSeconds.toFixed(1)} s after it was asked; the three big ones ${lastBig.toFixed(0)} s after theirs`;
}

/** When the run was seen ready (polled every 200 ms, as a browser would poll it). */
async function ready(url: string, token: string, id: string): Promise<number> {
  for (;;) {
    const response = await request(url)
      .get(`/print-jobs/${id}`)
      .set('Authorization', `Bearer ${token}`);
    const { status } = response.body as { status: string };
    if (status === 'ready') return performance.now();
    if (status === 'failed') throw new Error(`print run ${id} failed`);
    await sleep(200);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function summary(values: number[]): string {
  const f = (n: number): string => n.toFixed(1);
  return `${f(percentile(values, 50))} / ${f(percentile(values, 99))} / ${f(Math.max(...values))} ms (${values.length})`;
}

function report(rows: Row[]): void {
  console.log(`machine: ${machine()}; date: ${new Date().toISOString().slice(0, 10)}`);
  console.log('API from the build, worker inside it; probes every 100 ms; p50 / p99 / max (count)');
  console.log(
    '| while | seconds | scan p50 / p99 / max | /health p50 / p99 / max | what the work got |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows)
    console.log(
      `| ${row.phase} | ${row.seconds.toFixed(1)} | ${summary(row.scans)} | ${summary(row.health)} | ${row.note} |`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
