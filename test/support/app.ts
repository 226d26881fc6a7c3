import { INestApplication } from '@nestjs/common';
import { NestApplication } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '@/app';
import { validateEnvironment } from '@/common/config/environment';
import { toSettings } from '@/common/config/settings';
import { watchContract } from './contract';

export const TEST_ADMIN = { login: 'admin', password: 'test-admin-password' };
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-tokens';

/** The real application on the test database (migrated by globalSetup). */
export async function createTestApp(
  overrides: Record<string, string> = {},
): Promise<INestApplication> {
  const url = overrides.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.ts');
  // Files the app keeps (print runs) go to a folder of its own, removed when it closes.
  const dataDir = mkdtempSync(join(tmpdir(), 'kazpost-test-'));
  const env = validateEnvironment({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Suites share one database: only a suite that tests jobs runs a worker, so no suite's
    // worker takes another's jobs.
    WORKER: 'off',
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_LOGIN: TEST_ADMIN.login,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Tests log the same admin in many times a minute; the limit itself is tested on its own.
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    ...overrides,
  });
  const app = await createApp(toSettings(env, url, false));
  const contractProblems = watchContract(app);
  await app.init();
  // Closing the app checks every JSON answer it gave against the OpenAPI document.
  // Nest's application is a proxy that ignores assignments; defining the property reaches it.
  Object.defineProperty(app, 'close', {
    writable: true,
    configurable: true,
    value: async () => {
      const problems = await contractProblems();
      await NestApplication.prototype.close.call(app);
      rmSync(dataDir, { recursive: true, force: true });
      if (problems.length > 0)
        throw new Error(`Answers that differ from the OpenAPI document:\n${problems.join('\n')}`);
    },
  });
  // supertest talks to the server directly: Fastify must have loaded its plugins first.
  await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  return app;
}
