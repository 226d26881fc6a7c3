import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { addDays, localDate } from '../src/common/dates';
import { createSchoolWorld, post, server } from '../test/support/factories';
import { machine, startBenchApp } from './support';

const CLASSES = 11;
const PUPILS_PER_CLASS = 1000;
const CONNECTIONS = 20;

/** Scans per second and latency of POST /scans with 11,000 packets, load from a second process. */
async function main(): Promise<void> {
  const bench = await startBenchApp('bench-scans');
  try {
    await bench.app.listen(0, '127.0.0.1');
    const url = (await bench.app.getUrl()).replace('[::1]', '127.0.0.1');
    const world = await createSchoolWorld(bench.app, { pupils: 0 });
    const codes = await makePackets(bench.app, world);
    const dir = mkdtempSync(join(tmpdir(), 'bench-scans-'));
    const plan = join(dir, 'plan.json');
    writeFileSync(
      plan,
      JSON.stringify({ url, token: world.clerk.token, codes, connections: CONNECTIONS }),
    );
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    // Asynchronously: the API under load runs in this process and must keep serving.
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', join(__dirname, 'scan-load.ts'), plan],
      { encoding: 'utf8' },
    );
    const load = JSON.parse(output.trim().split('\n').pop() as string) as {
      requests: number;
      seconds: number;
      perSecond: number;
      p50: number;
      p99: number;
      non2xx: number;
      errors: number;
    };
    const cpu = process.cpuUsage(cpuBefore);
    const apiCpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallBefore);
    console.log(`machine: ${machine()}`);
    console.log(`API process CPU during the load: ${(apiCpuShare * 100).toFixed(0)}% of one core`);
    console.log(
      `packets: ${codes.length}; load: ${CONNECTIONS} connections from a second process, every request a different packet (posted)`,
    );
    console.log(
      `POST /scans: ${load.requests} requests in ${load.seconds.toFixed(1)} s -> ${Math.round(load.requests / load.seconds)} scans/s (autocannon average ${load.perSecond}/s)`,
    );
    console.log(
      `latency: p50 ${load.p50} ms, p99 ${load.p99} ms; non-2xx ${load.non2xx}, errors ${load.errors}`,
    );
    console.log(
      `targets: 1,200 scans/s -> ${load.requests / load.seconds >= 1200 ? 'met' : 'NOT met'}; p99 under 40 ms -> ${load.p99 < 40 ? 'met' : 'NOT met'}`,
    );
    if (!process.env.SKIP_PGBENCH) pgbench(bench.databaseUrl);
  } finally {
    await bench.stop();
  }
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
