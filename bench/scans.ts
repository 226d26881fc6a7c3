import { ChildProcess, fork, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { addDays, localDate } from '../src/common/dates';
import { findFreePort } from '../src/common/database/embedded-postgres';
import { createSchoolWorld, post, server } from '../test/support/factories';
import { kill, startServer } from '../test/support/server-process';
import type { LoadPass, LoadResult } from './scan-load';
import { machine, startBenchApp } from './support';

const CLASSES = 12;
const PUPILS_PER_CLASS = 1000;
const CONNECTIONS = 20;
/** Linux's USER_HZ, the unit of /proc/<pid>/stat times. */
const CLOCK_TICKS_PER_SECOND = 100;

/** The clerk's scans of a packet's journey, each a pass over every measured packet. */
const PASSES = ['posted', 'arrived', 'delivered'] as const;
const MEASURED_PACKETS = 11_000;

/**
 * Scans per second and latency of POST /scans with 11,000 packets. The API runs as its own
 * process from the build, exactly as `npm start` runs it; the load comes from a second
 * process, the same one for every pass. A warm-up pass on 1,000 other packets goes first and
 * is reported apart: a counter's service runs all day, so its first seconds (code not yet
 * optimised, connections not yet opened) are not the rate.
 */
async function main(): Promise<void> {
  // One school makes all 12,000 packets at once, over the daily quota of postal codes.
  const bench = await startBenchApp('bench-scans', {
    S10_DAILY_QUOTA_PER_SCHOOL: String(CLASSES * PUPILS_PER_CLASS),
  });
  let api: ChildProcess | undefined;
  const load = startLoadGenerator();
  try {
    const world = await createSchoolWorld(bench.app, { pupils: 0 });
    const codes = await makePackets(bench.app, world);
    await bench.closeApp();
    const port = await findFreePort();
    build();
    api = await startServer(bench.databaseUrl, port);
    const run = passRunner(api.pid as number, `http://127.0.0.1:${port}`, world.clerk.token, load);
    console.log(`machine: ${machine()}`);
    console.log(
      `packets: ${codes.length}; load: ${CONNECTIONS} connections from a second process, every request a different packet`,
    );
    await run('warm-up', 'posted', codes.slice(MEASURED_PACKETS));
    const results: LoadResult[] = [];
    for (const event of PASSES)
      results.push(await run(event, event, codes.slice(0, MEASURED_PACKETS)));
    summarise(results);
    if (!process.env.SKIP_PGBENCH) pgbench(bench.databaseUrl);
  } finally {
    load.stop();
    if (api) await kill(api);
    await bench.stop();
  }
}

/** `npm start` runs the build, so the benchmark runs a fresh one too. */
function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

/** Runs one pass of an event over some packets and prints its rate, latency and CPU. */
function passRunner(
  apiPid: number,
  url: string,
  token: string,
  load: ReturnType<typeof startLoadGenerator>,
) {
  return async (label: string, event: string, codes: string[]): Promise<LoadResult> => {
    const before = {
      api: processCpuMs(apiPid),
      database: databaseCpuMs(),
      machine: machineCpuMs(),
    };
    const result = await load.run({ url, token, codes, event, connections: CONNECTIONS });
    const after = { api: processCpuMs(apiPid), database: databaseCpuMs(), machine: machineCpuMs() };
    const share = (ms: number): string => `${((ms / (result.seconds * 1000)) * 100).toFixed(0)}%`;
    const machineBusy =
      (after.machine.busy - before.machine.busy) / (after.machine.total - before.machine.total);
    console.log(
      `${label.padEnd(9)}: ${result.requests} scans in ${result.seconds.toFixed(1)} s -> ${Math.round(result.requests / result.seconds)} scans/s; p50 ${result.p50} ms, p99 ${result.p99} ms; non-2xx ${result.non2xx}, errors ${result.errors}`,
    );
    console.log(
      `           CPU (100% = one core): API ${share(after.api - before.api)}, PostgreSQL ${share(after.database - before.database)}; both cores together ${(machineBusy * 100).toFixed(0)}% busy`,
    );
    return result;
  };
}

function summarise(results: LoadResult[]): void {
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const perSecond = requests / results.reduce((sum, r) => sum + r.seconds, 0);
  const worstP99 = Math.max(...results.map((r) => r.p99));
  console.log(
    `measured passes: ${requests} scans, ${Math.round(perSecond)} scans/s; worst p99 ${worstP99} ms`,
  );
  console.log(
    `targets: 1,200 scans/s -> ${perSecond >= 1200 ? 'met' : 'NOT met'}; p99 under 40 ms -> ${worstP99 < 40 ? 'met' : 'NOT met'}`,
  );
}

/** The load generator in a second process, kept for every pass. */
function startLoadGenerator(): { run(pass: LoadPass): Promise<LoadResult>; stop(): void } {
  // Benchmarks run from their build (`npm run build:scripts`), so the load generator is a .js.
  const child = fork(join(__dirname, 'scan-load.js'));
  return {
    run: (pass) =>
      new Promise((resolve, reject) => {
        const stopped = (code: number | null) =>
          reject(new Error(`the load generator stopped (exit code ${code})`));
        child.once('exit', stopped);
        child.once('message', (result) => {
          child.off('exit', stopped);
          resolve(result as LoadResult);
        });
        child.send(pass);
      }),
    stop: () => child.kill(),
  };
}

/** User and system CPU time a process has used so far (Linux). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

/** CPU time of every PostgreSQL process alive now (the server and its backends). */
function databaseCpuMs(): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres')
        total += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

/** All cores together: time spent busy, and time passed (Linux /proc/stat). */
function machineCpuMs(): { busy: number; total: number } {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((sum, t) => sum + t, 0);
  const idle = ticks[3] + ticks[4];
  return {
    busy: ((total - idle) * 1000) / CLOCK_TICKS_PER_SECOND,
    total: (total * 1000) / CLOCK_TICKS_PER_SECOND,
  };
}

async function makePackets(
  app: Parameters<typeof server>[0],
  world: Awaited<ReturnType<typeof createSchoolWorld>>,
): Promise<string[]> {
  const header = 'class,fullName,address,postcode,postOffice,delivery,guardianName,guardianPhone';
  const classes: { id: string; label: string }[] = [];
  for (let i = 0; i < CLASSES; i++) {
    const created = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 5,
      letter: `Б${i}`,
      language: 'kk',
    });
    classes.push({ id: created.id, label: `5Б${i}` });
  }
  const rows = classes.flatMap((c) =>
    Array.from(
      { length: PUPILS_PER_CLASS },
      (_, i) =>
        `${c.label},Оқушы ${c.label} ${i},Көктал ${i},A15E3C5,${world.officePostcode},pickup,Ата-ана,87010000000`,
    ),
  );
  await request(server(app))
    .post('/students/import')
    .set('Authorization', `Bearer ${world.director.token}`)
    .field('schoolId', world.schoolId)
    .attach('file', Buffer.from([header, ...rows].join('\n')), {
      filename: 'r.csv',
      contentType: 'text/csv',
    })
    .expect(201);
  const lessonCase = await post<{ id: string }>(app, world.teacher.token, '/cases', {
    schoolId: world.schoolId,
    grade: 5,
    subjectCode: 'mathematics',
    language: 'kk',
    topic: 'Бөлшектер',
    textbook: { title: 'Математика 5', pages: '10' },
    summary: 'Бөлшек',
    questions: ['1/2 + 1/4 = ?'],
    feedback: 'Поштаға тапсырыңыз',
    estimatedMinutes: 20,
  });
  const codes: string[] = [];
  const returnDueOn = addDays(localDate(), 14);
  for (const c of classes) {
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: c.id, caseIds: [lessonCase.id], returnDueOn },
    );
    codes.push(...dispatch.packets.map((p) => p.code));
  }
  return codes;
}

/** The same database's raw capacity for simple writes, for scale. */
function pgbench(databaseUrl: string): void {
  const url = new URL(databaseUrl);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(url.password) };
  // The same way in as the API: the Unix socket when the URL names one.
  const host = url.searchParams.get('host') ?? url.hostname;
  const args = ['-h', host, '-p', url.port, '-U', url.username];
  const init = spawnSync('pgbench', [...args, '-i', '-s', '10', '-q', url.pathname.slice(1)], {
    env,
    encoding: 'utf8',
  });
  if (init.error) {
    console.log('pgbench: not installed here (Debian package postgresql-client); skipped');
    return;
  }
  const run = spawnSync(
    'pgbench',
    [...args, '-N', '-c', String(CONNECTIONS), '-j', '2', '-T', '10', url.pathname.slice(1)],
    { env, encoding: 'utf8' },
  );
  const tps = /tps = ([\d.]+)/.exec(run.stdout)?.[1];
  const latency = /latency average = ([\d.]+ ms)/.exec(run.stdout)?.[1];
  console.log(
    `pgbench -N (${CONNECTIONS} clients, 10 s, scale 10) on the same server: ${tps ?? '?'} tps, latency average ${latency ?? '?'}`,
  );
}

void main();
