import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { KazpostSweep, SweepSummary } from '../src/kazpost/kazpost-sweep';
import { createTestApp } from '../test/support/app';
import { startMigratedDatabase } from '../test/support/database';
import { createSchoolWorld, dispatchCodes, SchoolWorld, server } from '../test/support/factories';
import { TestKazpost } from '../test/support/kazpost-server';
import { machine } from './support';

const PACKETS = 20_000;
const RATE = Number(process.env.BENCH_RATE ?? 60);
const MINUTES = Number(process.env.BENCH_MINUTES ?? 2);
/** A district's counters together: scans a second while tracking runs. */
const SCANS_PER_SECOND = 20;

/**
 * Kazpost tracking for a district of 20,000 packets at the rate limit (KAZPOST_REQUESTS_PER_MINUTE,
 * 60 unless BENCH_RATE says): packets read per minute from a local server in Kazpost's format,
 * and the latency of clerks' scans (POST /scans) while the sweep runs in the same process, as
 * `npm start` runs its worker, against the same scans with no tracking.
 */
async function main(): Promise<void> {
  const database = await startMigratedDatabase('bench-tracking');
  const kazpost = new TestKazpost();
  await kazpost.start();
  process.env.TEST_DATABASE_URL = database.url;
  const app = await createTestApp({
    KAZPOST_TRACKING_URL: kazpost.url,
    KAZPOST_REQUESTS_PER_MINUTE: String(RATE),
  });
  try {
    const world = await createSchoolWorld(app, { pupils: 1 });
    const codes = await makeDistrict(app, world);
    const accepted = new Date(Date.now() - 3_600_000);
    for (const code of codes)
      kazpost.record(code, 'RCPOPS', accepted, { zip: world.officePostcode, name: 'Көктал' });
    console.log(`machine: ${machine()}`);
    console.log(`packets: ${codes.length}; rate limit ${RATE} requests a minute`);
    const scanCodes = codes.slice(codes.length - SCANS_PER_SECOND * 60 * (MINUTES + 1));
    const idle = await scanFor(app, world, scanCodes.splice(0, SCANS_PER_SECOND * 30), 30_000);
    report('scans, no tracking', idle);
    const sweep = app.get(KazpostSweep);
    const summaries: SweepSummary[] = [];
    for (let minute = 0; minute < MINUTES; minute++) {
      const started = Date.now();
      const [summary, latencies] = await Promise.all([
        sweep.run(),
        scanFor(app, world, scanCodes.splice(0, SCANS_PER_SECOND * 60), 60_000),
      ]);
      summaries.push(summary);
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `minute ${minute + 1}: ${summary.checked} packets read from Kazpost (${summary.recorded} steps recorded, ${summary.failed} failed) in ${seconds.toFixed(1)} s`,
      );
      report('scans while tracking', latencies);
    }
    const perMinute = summaries.reduce((sum, s) => sum + s.checked, 0) / MINUTES;
    console.log(
      `tracked: ${perMinute.toFixed(0)} packets a minute; the district read once every ${(PACKETS / perMinute / 60).toFixed(1)} h`,
    );
  } finally {
    await app.close();
    await kazpost.stop();
    await database.stop();
  }
}

/** One real packet made through the API, copied under new codes: a district at once. */
async function makeDistrict(app: INestApplication, world: SchoolWorld): Promise<string[]> {
  const [first] = await dispatchCodes(app, world);
  const rows = await app.get(DataSource).query<{ code: string }[]>(
    `INSERT INTO packets
     SELECT (jsonb_populate_record(p, jsonb_build_object(
               'id', gen_random_uuid(),
               'code', 'BB' || lpad(i::text, 9, '0') || 'KZ',
               'list_no', i + 1,
               'created_at', now() - interval '1 day'))).*
       FROM packets p, generate_series(1, $2::int) i
      WHERE p.code = $1
     RETURNING code`,
    [first, PACKETS - 1],
  );
  return [first, ...rows.map((r) => r.code)];
}

/** Scans at an even pace for a while; each one's latency in ms. */
async function scanFor(
  app: INestApplication,
  world: SchoolWorld,
  codes: string[],
  ms: number,
): Promise<number[]> {
  const latencies: number[] = [];
  const start = Date.now();
  const running: Promise<void>[] = [];
  for (const [i, code] of codes.entries()) {
    const due = start + (i * 1000) / SCANS_PER_SECOND;
    if (due - start >= ms) break;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    running.push(
      (async () => {
        const sent = performance.now();
        await request(server(app))
          .post('/scans')
          .set('Authorization', `Bearer ${world.clerk.token}`)
          .send({ code, event: 'posted' })
          .expect((r) => [200, 201].includes(r.status));
        latencies.push(performance.now() - sent);
      })(),
    );
  }
  await Promise.all(running);
  return latencies;
}

function report(label: string, latencies: number[]): void {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number): string => (sorted[Math.floor(q * (sorted.length - 1))] ?? 0).toFixed(0);
  console.log(`  ${label}: ${sorted.length} scans, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
