import 'reflect-metadata';
import { execFileSync, spawn, ChildProcess } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/common/database/data-source-options';
import { findFreePort } from '../src/common/database/embedded-postgres';
import { projectRoot } from '../src/common/paths';
import { createTestApp } from '../test/support/app';
import { createSchoolWorld, dispatchCodes, scan } from '../test/support/factories';

/**
 * Exercises scripts/backup.sh and scripts/restore.sh end to end: a real PostgreSQL with the
 * service's schema and data made through its API, backed up with pg_dump, restored into an
 * empty database with pg_restore, and every table compared row by row. The server here is
 * PostgreSQL 15, the version of the pg_dump this machine's Debian ships (pg_dump refuses a
 * newer server); production uses the tools inside the compose database container.
 */
// The package exports only its ESM entry, so its folder is found from here, not by require.
const BIN = join(projectRoot(), 'node_modules', 'postgres15', 'native', 'bin');

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'kazpost-restore-'));
  const dataDir = join(work, 'pg');
  const port = await findFreePort();
  const server = await startPostgres(dataDir, port);
  try {
    const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
    await sql(url('postgres'), 'CREATE DATABASE kazpost');
    await sql(url('postgres'), 'CREATE DATABASE kazpost_restored');
    const migrations = new DataSource(dataSourceOptions(url('kazpost')));
    await migrations.initialize();
    await migrations.runMigrations();
    await migrations.destroy();
    await makeData(url('kazpost'));

    const file = join(work, 'kazpost.dump');
    execFileSync('bash', [join(projectRoot(), 'scripts', 'backup.sh'), url('kazpost'), file], {
      stdio: 'inherit',
    });
    execFileSync('bash', [join(projectRoot(), 'scripts', 'restore.sh'), url('kazpost_restored'), file], {
      stdio: 'inherit',
    });

    const before = await tableDigests(url('kazpost'));
    const after = await tableDigests(url('kazpost_restored'));
    const differing = Object.keys(before).filter((table) => before[table] !== after[table]);
    const rows = Object.values(before).reduce(
      (sum, digest) => sum + Number(digest.split(':')[0]),
      0,
    );
    if (differing.length > 0 || Object.keys(after).length !== Object.keys(before).length) {
      throw new Error(
        `restored database differs in: ${differing.join(', ') || 'the list of tables'}`,
      );
    }
    console.log(
      `backup and restore: ${Object.keys(before).length} tables, ${rows} rows, identical after restore`,
    );
  } finally {
    server.kill('SIGINT');
    await new Promise((done) => server.once('exit', done));
    rmSync(work, { recursive: true, force: true });
  }
}

/** Real data through the real API: a school, pupils, a dispatch with snapshots, scans. */
async function makeData(databaseUrl: string): Promise<void> {
  const app = await createTestApp({ DATABASE_URL: databaseUrl });
  try {
    const world = await createSchoolWorld(app, { pupils: 4 });
    const codes = await dispatchCodes(app, world);
    for (const code of codes) await scan(app, world.clerk.token, { code, event: 'posted' });
    await scan(app, world.pupilClerk.token, { code: codes[0], event: 'return_received' });
  } finally {
    await app.close();
  }
}

/** Per table: row count and a hash of all rows in a stable order. */
async function tableDigests(databaseUrl: string): Promise<Record<string, string>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const digests: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: string; h: string }>(
        `SELECT count(*) AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${name}" t`,
      );
      digests[name] = `${rows[0].n}:${rows[0].h}`;
    }
    return digests;
  } finally {
    await client.end();
  }
}

async function sql(databaseUrl: string, statement: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query(statement);
  await client.end();
}

/** initdb and postgres run as the unprivileged postgres user (the machine runs as root). */
async function startPostgres(dataDir: string, port: number): Promise<ChildProcess> {
  const ids = ensurePostgresUser();
  mkdirSync(dataDir, { recursive: true });
  chownSync(dataDir, ids.uid, ids.gid);
  chownSync(resolve(dataDir, '..'), ids.uid, ids.gid);
  execFileSync(
    join(BIN, 'initdb'),
    [
      `--pgdata=${dataDir}`,
      '--auth=trust',
      '--username=postgres',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ],
    { ...ids, stdio: 'ignore' },
  );
  const server = spawn(
    join(BIN, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'],
    { ...ids, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((ready, fail) => {
    server.stderr?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready to accept connections')) ready();
    });
    server.once('exit', () => fail(new Error('PostgreSQL 15 did not start')));
  });
  return server;
}

function ensurePostgresUser(): { uid: number; gid: number } {
  const id = (flag: string): number =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'groupadd postgres 2>/dev/null; useradd -g postgres postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
