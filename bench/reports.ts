import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import request from 'supertest';
import { adminToken, server } from '../test/support/factories';
import { machine, startBenchApp } from './support';

const SCHOOLS = 2000;
const CLASSES_PER_SCHOOL = 10;
const PUPILS_PER_CLASS = 50; // 1,000,000 pupils, one packet each
const EVENTS = ['posted', 'arrived', 'delivered', 'return_received', 'collected', 'reviewed'];
const RUNS = 5;
/** The index in EVENTS of the event that first reaches delivered, returned, collected, reviewed. */
const STEP_EVENTS = [2, 3, 4, 5];
const eventTime = (step: number): string =>
  `2026-10-${String(2 + step * 3).padStart(2, '0')}T10:00:00+05`;

/** COPY rows produced on the fly, so a million never sit in memory at once. */
async function copy(
  client: Client,
  table: string,
  columns: string[],
  rows: () => Generator<string[]>,
): Promise<void> {
  const source = Readable.from(
    (function* () {
      let batch = '';
      for (const row of rows()) {
        batch += `${row.join('\t')}\n`;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    })(),
  );
  await pipeline(
    source,
    client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}

async function load(url: string, adminId: string): Promise<{ schoolId: string; events: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  const office = randomUUID();
  await client.query(
    `INSERT INTO post_offices (id, postcode, name, address, locality) VALUES ($1, '050010', 'Bench office', 'Abai 1', 'Almaty')`,
    [office],
  );
  const schools = Array.from({ length: SCHOOLS }, () => randomUUID());
  await copy(
    client,
    'schools',
    ['id', 'name', 'region', 'locality', 'address', 'post_office_id'],
    function* () {
      for (const [i, id] of schools.entries())
        yield [id, `School ${i}`, 'Region', 'Village', 'Street 1', office];
    },
  );
  const classes = schools.flatMap((schoolId) =>
    Array.from({ length: CLASSES_PER_SCHOOL }, (_, i) => ({
      id: randomUUID(),
      schoolId,
      grade: 1 + i,
      letter: 'А',
    })),
  );
  await copy(client, 'classes', ['id', 'school_id', 'grade', 'letter', 'language'], function* () {
    for (const c of classes) yield [c.id, c.schoolId, String(c.grade), c.letter, 'kk'];
  });
  const dispatches = classes.map((c) => ({
    id: randomUUID(),
    classId: c.id,
    schoolId: c.schoolId,
  }));
  await copy(
    client,
    'dispatches',
    ['id', 'school_id', 'class_id', 'case_ids', 'return_due_on', 'packet_count', 'created_by'],
    function* () {
      for (const d of dispatches)
        yield [d.id, d.schoolId, d.classId, '{}', '2026-10-15', String(PUPILS_PER_CLASS), adminId];
    },
  );
  let serial = 10_000_000;
  let events = 0;
  const students: string[] = [];
  await copy(
    client,
    'students',
    [
      'id',
      'class_id',
      'full_name',
      'address',
      'postcode',
      'post_office_id',
      'guardian_name',
      'guardian_phone',
    ],
    function* () {
      for (const c of classes) {
        for (let i = 0; i < PUPILS_PER_CLASS; i++) {
          const id = randomUUID();
          students.push(id);
          yield [id, c.id, `Pupil ${i}`, 'Street 2', '050010', office, 'Parent', '+77010000000'];
        }
      }
    },
  );
  const packets: { id: string; steps: number }[] = [];
  await copy(
    client,
    'packets',
    [
      'id',
      'dispatch_id',
      'school_id',
      'class_id',
      'origin_office_id',
      'destination_office_id',
      'student_id',
      'list_no',
      'code',
      'status',
      'return_due_on',
      'subject_codes',
      'snapshot',
      'created_at',
      'delivered_at',
      'returned_at',
      'collected_at',
      'reviewed_at',
    ],
    function* () {
      let s = 0;
      for (const d of dispatches) {
        for (let i = 0; i < PUPILS_PER_CLASS; i++) {
          const id = randomUUID();
          // 0 to 6 steps, averaging 5 events a packet.
          const steps = [6, 6, 6, 5, 5, 5, 4, 6, 3, 4][s % 10];
          packets.push({ id, steps });
          const code = `RR${String(serial++).padStart(8, '0')}0KZ`;
          yield [
            id,
            d.id,
            d.schoolId,
            d.classId,
            office,
            office,
            students[s++],
            String(i + 1),
            code,
            EVENTS[steps - 1],
            '2026-10-15',
            '{mathematics,kazakh_language}',
            '{}',
            '2026-10-01T08:00:00+05',
            // The step times the scans would have written, from the same events.
            ...STEP_EVENTS.map((index) => (steps > index ? eventTime(index) : '\\N')),
          ];
        }
      }
    },
  );
  await copy(
    client,
    'packet_events',
    ['packet_id', 'event', 'post_office_id', 'actor_id', 'occurred_at'],
    function* () {
      for (const p of packets) {
        for (let step = 0; step < p.steps; step++) {
          events++;
          yield [p.id, EVENTS[step], office, adminId, eventTime(step)];
        }
      }
    },
  );
  await client.query('ANALYZE');
  await client.end();
  console.log(
    `loaded ${SCHOOLS} schools, ${classes.length} classes, ${students.length} pupils, ${packets.length} packets, ${events} events in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return { schoolId: schools[SCHOOLS / 2], events };
}

async function timeRoute(
  app: Parameters<typeof server>[0],
  token: string,
  url: string,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const started = performance.now();
    const response = await request(server(app)).get(url).set('Authorization', `Bearer ${token}`);
    if (response.status !== 200)
      throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
    if (i > 0) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function planLines(url: string, schoolId: string | null): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS OFF)
     SELECT p.class_id, count(*), count(*) FILTER (WHERE COALESCE(p.returned_at < $1, false)),
            count(*) FILTER (WHERE p.return_due_on < '2026-11-01' AND NOT COALESCE(p.returned_at < $1, false))
       FROM packets p WHERE p.created_at < $1 AND ($2::uuid IS NULL OR p.school_id = $2) GROUP BY p.class_id`,
    [new Date('2026-11-02T00:00:00+05:00'), schoolId],
  );
  await client.end();
  return rows
    .map((r) => r['QUERY PLAN'])
    .filter((line) => /Scan|Aggregate|Gather|Execution Time|Workers/.test(line))
    .map((l) => l.trim().slice(0, 110));
}

async function main(): Promise<void> {
  const bench = await startBenchApp('bench-reports');
  try {
    const token = await adminToken(bench.app);
    const admin = new Client({ connectionString: bench.databaseUrl });
    await admin.connect();
    const { rows } = await admin.query<{ id: string }>(
      "SELECT id FROM staff WHERE role = 'admin' LIMIT 1",
    );
    await admin.end();
    const { schoolId, events } = await load(bench.databaseUrl, rows[0].id);
    console.log(`machine: ${machine()}`);
    const one = await timeRoute(
      bench.app,
      token,
      `/reports/returns?schoolId=${schoolId}&asOf=2026-11-01`,
    );
    console.log(
      `GET /reports/returns, one school (500 packets): median ${one[Math.floor(RUNS / 2)].toFixed(0)} ms, best ${one[0].toFixed(0)} ms (target under 50 ms)`,
    );
    const all = await timeRoute(bench.app, token, '/reports/returns?asOf=2026-11-01');
    console.log(
      `GET /reports/returns, whole country (1,000,000 packets, ${events} events): median ${all[Math.floor(RUNS / 2)].toFixed(0)} ms, best ${all[0].toFixed(0)} ms (target under 2 s)`,
    );
    console.log('plan, one school:');
    for (const line of await planLines(bench.databaseUrl, schoolId)) console.log(`  ${line}`);
    console.log('plan, whole country:');
    for (const line of await planLines(bench.databaseUrl, null)) console.log(`  ${line}`);
  } finally {
    await bench.stop();
  }
}

void main();
