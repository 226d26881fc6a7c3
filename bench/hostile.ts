import { fork, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { INestApplication } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { findFreePort } from '../src/common/database/embedded-postgres';
import { projectRoot } from '../src/common/paths';
import { startMigratedDatabase } from '../test/support/database';
import { TEST_ADMIN, TEST_JWT_SECRET } from '../test/support/app';
import type { HostilePass, HostileResult } from './hostile-load';
import { machine } from './support';

const PASS_MS = 20_000;
/** Under the failed-login limit of the address (5 x 10 a minute), so none is refused. */
const LOGIN_SAMPLES = 9;
const ROOT = projectRoot();

/**
 * /health latency and the API's event-loop delay while hostile requests (the shapes of the
 * security issue: 150,000-key and 10,000-deep JSON, a million-item list, broken multipart,
 * a form on the login, a 9 MB upload without a token) are served. The API runs in this
 * process from the build, as `npm start` runs it, so this process's event loop is the
 * API's; the traffic comes from a second process. Targets: /health p99 under 100 ms, no
 * request holding the loop over 50 ms.
 */
async function main(): Promise<void> {
  build();
  const database = await startMigratedDatabase('bench-hostile');
  const app = await startCompiledApp(database.url);
  const port = await findFreePort();
  await app.listen(port, '127.0.0.1');
  // Benchmarks run from their build (`npm run build:scripts`), so the load generator is a .js.
  const load = fork(join(__dirname, 'hostile-load.js'));
  try {
    console.log(`machine: ${machine()}`);
    const url = `http://127.0.0.1:${port}`;
    await measure('warm-up (health only)', { url, durationMs: 5_000, hostile: false }, load);
    await measure('health only', { url, durationMs: PASS_MS, hostile: false }, load);
    await measure('with hostile requests', { url, durationMs: PASS_MS, hostile: true }, load);
    await compareLogins(url);
  } finally {
    load.kill();
    await app.close();
    await database.stop();
  }
}

async function measure(
  label: string,
  pass: HostilePass,
  load: ReturnType<typeof fork>,
): Promise<void> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const result = await new Promise<HostileResult>((resolve, reject) => {
    load.once('message', (message) => resolve(message as HostileResult));
    load.once('exit', (code) => reject(new Error(`the load process stopped (${code})`)));
    load.send(pass);
  });
  delay.disable();
  const ms = (ns: number): string => (ns / 1e6).toFixed(1);
  const { health } = result;
  console.log(`\n${label}, ${pass.durationMs / 1000} s`);
  console.log(
    `  /health: ${health.count} requests, p50 ${health.p50} ms, p99 ${health.p99} ms, max ${health.max} ms, failed ${health.failed}`,
  );
  console.log(
    `  API event-loop delay: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms`,
  );
  for (const [shape, tally] of Object.entries(result.hostile))
    console.log(`  ${shape}: ${tally.sent} sent, statuses ${JSON.stringify(tally.statuses)}`);
  if (Object.keys(result.hostile).length > 0) {
    const met = health.p99 < 100 && delay.max / 1e6 < 50;
    console.log(`  targets (/health p99 < 100 ms, loop delay < 50 ms): ${met ? 'met' : 'NOT met'}`);
  }
}

/** A wrong password and an unknown login should cost the same, so neither gives the other away. */
async function compareLogins(url: string): Promise<void> {
  const time = async (login: string): Promise<number> => {
    const started = performance.now();
    await fetch(`${url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login, password: 'not-the-password' }),
    }).then((response) => response.arrayBuffer());
    return performance.now() - started;
  };
  const wrong: number[] = [];
  const unknown: number[] = [];
  // Taken in turns, so whatever the passes before left running weighs on both alike.
  for (let i = 0; i < LOGIN_SAMPLES; i++) {
    wrong.push(await time(TEST_ADMIN.login));
    unknown.push(await time('nobody-by-this-name'));
  }
  const median = (times: number[]): string =>
    times.sort((a, b) => a - b)[Math.floor(times.length / 2)].toFixed(1);
  console.log(
    `\nfailed logins, median of ${LOGIN_SAMPLES}: wrong password ${median(wrong)} ms, unknown login ${median(unknown)} ms`,
  );
}

/** The application from dist/, as `npm start` runs it. */
async function startCompiledApp(databaseUrl: string): Promise<INestApplication> {
  /* eslint-disable @typescript-eslint/no-require-imports -- the build is loaded at run time */
  const { createApp } = require(join(ROOT, 'dist/src/app')) as typeof import('../src/app');
  const { validateEnvironment } = require(
    join(ROOT, 'dist/src/common/config/environment'),
  ) as typeof import('../src/common/config/environment');
  const { toSettings } = require(
    join(ROOT, 'dist/src/common/config/settings'),
  ) as typeof import('../src/common/config/settings');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const env = validateEnvironment({
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_LOGIN: TEST_ADMIN.login,
    ADMIN_PASSWORD: TEST_ADMIN.password,
  });
  const app = await createApp(toSettings(env, databaseUrl, false));
  await app.init();
  await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  return app;
}

function build(): void {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
