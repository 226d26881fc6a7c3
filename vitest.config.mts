import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

// Unit tests (src and web/src, *.spec.ts) and e2e tests (test, *.e2e-spec.ts) share one
// embedded PostgreSQL, started once in the global set-up. The browser tests (test/web-*) run on
// Playwright Test instead (playwright.config.ts).
export default defineConfig({
  // NestJS's dependency injection reads the constructor types TypeScript records.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { alias: [{ find: /^@\/(.*)$/, replacement: `${src}/$1` }, { find: /^@domain\/(.*)$/, replacement: `${src}/$1` }] },
  test: {
    include: ['src/**/*.spec.ts', 'web/src/**/*.spec.ts', 'test/**/*.e2e-spec.ts'],
    exclude: [...configDefaults.exclude, 'test/web-*.e2e-spec.ts'],
    globals: true,
    setupFiles: ['reflect-metadata'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll retries a browser count or a read until it holds, for up to 10 s.
    expect: { poll: { timeout: 10_000 } },
  },
});
