import { join } from 'node:path';
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
    : await startLocalDatabase(env);
  return { settings: toSettings(env, database.url, true), stop: database.stop };
}

/**
 * Loaded only here: the embedded PostgreSQL is a development dependency, absent from the
 * production image, which always has DATABASE_URL.
 */
async function startLocalDatabase(
  env: Environment,
): Promise<{ url: string; stop(): Promise<void> }> {
  const { startEmbeddedPostgres } = await import('../database/embedded-postgres');
  return startEmbeddedPostgres({
    dataDir: join(env.DATA_DIR, 'pg'),
    port: env.EMBEDDED_PG_PORT,
    database: 'kazpost',
    persistent: true,
  });
}
