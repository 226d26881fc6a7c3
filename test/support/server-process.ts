import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { TEST_ADMIN, TEST_JWT_SECRET } from './app';
import { waitFor } from './wait';

const ROOT = join(__dirname, '..', '..');
/** The sources through ts-node (tests), or the build that `npm start` runs (benchmarks). */
const ENTRY = {
  source: ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/main.ts'],
  compiled: ['dist/src/main.js'],
};

/**
 * The service as its own process, so a test can kill it outright. `compiled` runs the build
 * exactly as `npm start` does (run `npm run build` first).
 */
/**
 * A port for a test's server: below the range the system hands out for outgoing connections
 * and port 0, so no other connection takes it, even between a server's stop and restart.
 */
export const serverPort = (): number => 20000 + Math.floor(Math.random() * 10000);

export async function startServer(
  databaseUrl: string | undefined,
  port: number,
  options: {
    logLevel?: string;
    output?: string[];
    compiled?: boolean;
    dataDir?: string;
    env?: Record<string, string>;
    /** Gets the process as soon as it is spawned, so a set-up that fails can still stop it. */
    track?: ChildProcess[];
  } = {},
): Promise<ChildProcess> {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, options.compiled ? ENTRY.compiled : ENTRY.source, {
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

/**
 * `npm run worker` as its own process, so a test can kill it mid-job: from the sources, or
 * `compiled` from the build as `npm run worker` runs it (benchmarks).
 */
export async function startWorker(
  databaseUrl: string,
  env: Record<string, string>,
  options: { compiled?: boolean; track?: ChildProcess[] } = {},
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    options.compiled
      ? ['dist/src/worker.js']
      : ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'src/worker.ts'],
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
