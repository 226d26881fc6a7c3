import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database/embedded-postgres';
import { Environment } from './environment';
import { AppSettings, toSettings } from './settings';

export interface Runtime {
  settings: AppSettings;
  /** Stops what start-up started (the embedded database). */
  stop(): Promise<void>;
}

/** Turns the validated environment into settings, starting the embedded database when no URL is given. */
export async function prepareRuntime(env: Environment): Promise<Runtime> {
  const database = env.DATABASE_URL
    ? { url: env.DATABASE_URL, stop: () => Promise.resolve() }
    : await startEmbeddedPostgres({
        dataDir: join(env.DATA_DIR, 'pg'),
        port: env.EMBEDDED_PG_PORT,
        database: 'kazpost',
        persistent: true,
      });
  return { settings: toSettings(env, database.url, true), stop: database.stop };
}
