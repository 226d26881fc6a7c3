import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '@/app';
import { validateEnvironment } from '@/common/config/environment';
import { toSettings } from '@/common/config/settings';

export const TEST_ADMIN = { login: 'admin', password: 'test-admin-password' };
export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-tokens';

/** The real application on the test database (migrated by globalSetup). */
export async function createTestApp(
  overrides: Record<string, string> = {},
): Promise<INestApplication> {
  const url = overrides.DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is set by test/support/global-setup.ts');
  const env = validateEnvironment({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_LOGIN: TEST_ADMIN.login,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Tests log the same admin in many times a minute; the limit itself is tested on its own.
    LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    ...overrides,
  });
  const app = await createApp(toSettings(env, url, false));
  await app.init();
  // supertest talks to the server directly: Fastify must have loaded its plugins first.
  await (app as NestFastifyApplication).getHttpAdapter().getInstance().ready();
  return app;
}
