import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  EmbeddedDatabase,
  findFreePort,
  startEmbeddedPostgres,
} from '../../src/common/database/embedded-postgres';
import { startMigratedDatabase } from './database';

/**
 * A migrated database run in its own process like a real server (see database-process.ts),
 * named by the first argument. Commands on stdin: stop, start, exit; it answers on stdout
 * with "ready <url>" or "stopped".
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'test-pg';
  const port = await findFreePort();
  const dataDir = `.data/${name}-${process.pid}`;
  let database: EmbeddedDatabase = await startMigratedDatabase(name, {
    port,
    persistent: true,
    dataDir,
  });
  console.log(`ready ${database.url}`);
  for await (const command of createInterface({ input: process.stdin })) {
    if (command === 'stop') {
      await database.stop();
      console.log('stopped');
    } else if (command === 'start') {
      database = await startEmbeddedPostgres({
        dataDir,
        port,
        database: name.replace(/-/g, '_'),
        persistent: true,
      });
      console.log(`ready ${database.url}`);
    } else if (command === 'exit') {
      break;
    }
  }
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
}

void main();
