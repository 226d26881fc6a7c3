import { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { serverPort, startServer } from './support/server-process';

/**
 * The service as `npm start` runs it with no DATABASE_URL: its embedded PostgreSQL is closed
 * to other local processes and its output holds no secret.
 */
const ROOT = join(__dirname, '..');

describe('embedded PostgreSQL (e2e)', () => {
  let dataDir: string;
  let server: ChildProcess;
  const output: string[] = [];

  beforeAll(async () => {
    // Under the project's .data, as npm start's: the server's own user must reach it.
    dataDir = join(ROOT, '.data', `embedded-test-${process.pid}`);
    mkdirSync(dataDir, { recursive: true, mode: 0o755 });
    server = await startServer(undefined, serverPort(), {
      dataDir,
      output,
      logLevel: 'info',
    });
  }, 120_000);
  afterAll(async () => {
    if (server) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  const password = (): string => readFileSync(join(dataDir, 'pg-password'), 'utf8').trim();
  /** postmaster.pid names the server's port (line 4) and socket directory (line 5). */
  const serverFile = (): string[] =>
    readFileSync(join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n');

  it('generates its password into a file only its owner can read, and never prints it', () => {
    expect(statSync(join(dataDir, 'pg-password')).mode & 0o777).toBe(0o600);
    expect(password().length).toBeGreaterThanOrEqual(24);
    const printed = output.join('');
    expect(printed).toContain('Kazpost cases service on');
    expect(printed).not.toContain(password());
    expect(printed).not.toContain('postgres://');
  });

  it('keeps its socket in a private directory, not in the shared temporary one', () => {
    const socketDir = serverFile()[4];
    expect(socketDir).not.toBe(tmpdir());
    expect(statSync(socketDir).mode & 0o077).toBe(0);
    expect(readdirSync(socketDir).some((name) => name.startsWith('.s.PGSQL'))).toBe(true);
  });

  it('refuses the old fixed password over TCP, and takes the generated one', async () => {
    const port = Number(serverFile()[3]);
    const attempt = async (secret: string): Promise<boolean> => {
      const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password: secret });
      try {
        await client.connect();
        return true;
      } catch {
        return false;
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    expect(await attempt('postgres')).toBe(false);
    expect(await attempt(password())).toBe(true);
  });
});
