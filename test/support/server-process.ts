import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import request from 'supertest';
import { projectRoot } from '../../src/common/paths';
import { TEST_ADMIN, TEST_JWT_SECRET } from './app';
import { waitFor } from './wait';

const ROOT = projectRoot();
let built = false;

/**
 * The service and the worker run from the build, as `npm start` and `npm run worker` run them:
 * Nest's injection and TypeORM's columns need the decorator metadata that tsc writes (tsx's
 * esbuild writes none). wireit rebuilds only when a source changed, once per test file.
 */
function buildOnce(): void {
  if (built) return;
  const result = spawnSync('npm', ['run', 'build:api'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build:api failed:\n${result.stdout}${result.stderr}`);
  built = true;
}

/**
 * A port for a test's server: below the range the system hands out for outgoing connections
 * and port 0, so no other connection takes it, even between a server's stop and restart.
 */
export const serverPort = (): number => 20000 + Math.floor(Math.random() * 10000);

/** The service as its own process, so a test can kill it outright. */
export async function startServer(
  databaseUrl: string | undefined,
  port: number,
  options: {
    logLevel?: string;
    output?: string[];
    dataDir?: string;
    env?: Record<string, string>;
    /** Gets the process as soon as it is spawned, so a set-up that fails can still stop it. */
    track?: ChildProcess[];
  } = {},
): Promise<ChildProcess> {
  buildOnce();
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: {
      ...inherited,
      // No URL: the service starts its own embedded PostgreSQL in dataDir, as `npm start` does.
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { EMBEDDED_PG_PORT: '0' }),
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
      PORT: String(port),
      JWT_SECRET: TEST_JWT_SECRET,
      LOG_LEVEL: options.logLevel ?? 'silent',
      ADMIN_LOGIN: TEST_ADMIN.login,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      LOGIN_ATTEMPTS_PER_MINUTE: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  options.track?.push(child);
  child.stdout?.on('data', (chunk: Buffer) => options.output?.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[server] ${chunk.toString()}`));
  const health = (): Promise<boolean | 'exited'> =>
    child.exitCode !== null
      ? Promise.resolve('exited')
      : fetch(`http://127.0.0.1:${port}/health`)
          .then((r) => r.ok)
          .catch(() => false);
  const up = await waitFor(health, (state) => state !== false, {
    timeoutMs: 90_000,
    intervalMs: 250,
  }).catch(() => false);
  if (up === true) return child;
  child.kill('SIGKILL');
  throw new Error(`the server did not start (exit code ${child.exitCode})`);
}

/** Sends now (supertest waits for then()), on a fresh connection. */
export function send(
  url: string,
  path: string,
  token: string,
  body: object,
): Promise<request.Response> {
  return request(url)
    .post(path)
    .set('Authorization', `Bearer ${token}`)
    .set('Connection', 'close')
    .send(body)
    .then((response) => response);
}

export async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** `npm run worker` as its own process, so a test can kill it mid-job. */
export async function startWorker(
  databaseUrl: string,
  env: Record<string, string>,
  options: { track?: ChildProcess[] } = {},
): Promise<ChildProcess> {
  buildOnce();
  const child = spawn(
    process.execPath,
    ['dist/src/worker.js'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        ADMIN_LOGIN: TEST_ADMIN.login,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        LOG_LEVEL: 'silent',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  options.track?.push(child);
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[worker] ${chunk.toString()}`));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the worker did not start'));
    }, 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('running background jobs')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code}`)));
  });
  return child;
}
