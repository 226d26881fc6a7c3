import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createSchoolWorld, post, server } from '../test/support/factories';
import { machine, mb, startBenchApp } from './support';

const PUPILS = 20_000;
const CLASSES = 40;

/** Time and peak memory to import a 20,000-pupil whole-school roster in one request. */
async function main(): Promise<void> {
  const bench = await startBenchApp('bench-import');
  try {
    const world = await createSchoolWorld(bench.app, { pupils: 0 });
    const labels: string[] = ['5 Ә'];
    for (let i = 1; i < CLASSES; i++) {
      const grade = 1 + (i % 11);
      const letter = 'АБВГДЕӘҒҚҢӨ'[Math.floor(i / 11)];
      await post(bench.app, world.director.token, '/classes', {
        schoolId: world.schoolId,
        grade,
        letter,
        language: i % 2 ? 'kk' : 'ru',
      });
      labels.push(`${grade} ${letter}`);
    }
    const rows = Array.from({ length: PUPILS }, (_, i) =>
      [
        labels[i % CLASSES],
        `Оқушы Тестұлы ${i}`,
        `"Көктал ауылы, Абай көшесі, ${i}"`,
        'A15E3C5',
        world.officePostcode,
        i % 3 ? 'pickup' : 'door',
        `Ата-ана ${i}`,
        `8 701 ${String(i).padStart(7, '0')}`,
      ].join(','),
    );
    const csv = `\uFEFFclass,fullName,address,postcode,postOffice,delivery,guardianName,guardianPhone\n${rows.join('\n')}\n`;
    const rssBefore = process.memoryUsage().rss;
    const started = process.hrtime.bigint();
    const response = await request(server(bench.app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.director.token}`)
      .field('schoolId', world.schoolId)
      .attach('file', Buffer.from(csv), { filename: 'school.csv', contentType: 'text/csv' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (response.status !== 201)
      throw new Error(
        `import failed: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
      );
    const peak = process.resourceUsage().maxRSS * 1024;
    console.log(`machine: ${machine()}`);
    console.log(`roster: ${PUPILS} pupils in ${CLASSES} classes, ${mb(csv.length)} of CSV`);
    console.log(
      `import: ${seconds.toFixed(2)} s (${Math.round(PUPILS / seconds)} rows/s), imported ${(response.body as { imported: number }).imported}`,
    );
    console.log(
      `memory: RSS before ${mb(rssBefore)}, peak RSS ${mb(peak)} (API and load generator share the process)`,
    );
    console.log(`target: under 5 s -> ${seconds < 5 ? 'met' : 'NOT met'}`);
    await dryRunWithHealth(bench.app, world.director.token, world.schoolId, labels, csv);
  } finally {
    await bench.stop();
  }
}

const DRY_ROWS = 50_000;

/** A 50,000-row dry run while /health is asked every 20 ms: the answer's size and any stall. */
async function dryRunWithHealth(
  app: INestApplication,
  token: string,
  schoolId: string,
  labels: string[],
  csv: string,
): Promise<void> {
  const [header, ...rows] = csv.trimEnd().split('\n');
  const more = rows.map((row, i) => row.replace('Оқушы Тестұлы', `Оқушы Жаңа ${i}`));
  const big = [header, ...rows, ...more, ...rows.slice(0, DRY_ROWS - 2 * rows.length)]
    .slice(0, DRY_ROWS + 1)
    .join('\n');
  const health: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      await request(server(app)).get('/health');
      health.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const started = performance.now();
  const response = await request(server(app))
    .post('/students/import')
    .set('Authorization', `Bearer ${token}`)
    .field('schoolId', schoolId)
    .field('dryRun', 'true')
    .attach('file', Buffer.from(big), { filename: 'big.csv', contentType: 'text/csv' });
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await probe;
  const sorted = [...health].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(
    `dry run: ${DRY_ROWS} rows (${labels.length} classes, repeated names flagged) in ${seconds.toFixed(2)} s, status ${response.status}, answer ${Math.round(response.text.length / 1024)} KB`,
  );
  console.log(
    `/health meanwhile: ${health.length} answers, p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms, max ${sorted[sorted.length - 1].toFixed(0)} ms`,
  );
}

void main();
