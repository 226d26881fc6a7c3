import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { cpus, totalmem } from 'node:os';
import { createTestApp } from '../test/support/app';
import { startMigratedDatabase } from '../test/support/database';

export interface BenchEnvironment {
  app: INestApplication;
  databaseUrl: string;
  /** Closes the in-process app early (a bench that then measures another process); once. */
  closeApp(): Promise<void>;
  stop(): Promise<void>;
}

/** The real application on a fresh embedded PostgreSQL, as tests run it; `env` adds settings. */
export async function startBenchApp(
  name: string,
  env: Record<string, string> = {},
): Promise<BenchEnvironment> {
  const database = await startMigratedDatabase(name);
  process.env.TEST_DATABASE_URL = database.url;
  const app = await createTestApp(env);
  let closing: Promise<void> | undefined;
  const closeApp = (): Promise<void> => (closing ??= app.close());
  return {
    app,
    databaseUrl: database.url,
    closeApp,
    stop: async () => {
      await closeApp();
      await database.stop();
    },
  };
}

export function machine(): string {
  return `${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
