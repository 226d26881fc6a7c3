// Every worker loads this file before its test files: the decorators of the app they build
// read Reflect's metadata API (as Vitest's setupFiles gives it, and main.ts in production).
import 'reflect-metadata';
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/support/chromium';

/**
 * The browser tests (`test/web-*.e2e-spec.ts`). They build the NestJS app in their own process,
 * whose decorators Playwright's Babel cannot compile: `npm run build:web-tests` compiles them
 * with tsc first (tsconfig.web-tests.json) and this runs the compiled files.
 */
/**
 * Files run in the order of their projects, then by name: the longest start first, so the two
 * workers end together instead of one waiting out a long file started last.
 */
const LONGEST = /\/web-(week|shell|school-path|pupils)\.e2e-spec\.js$/;

export default defineConfig({
  testDir: 'build/web-tests/test',
  projects: [
    { name: 'longest', testMatch: LONGEST },
    { name: 'browser', testMatch: 'web-*.e2e-spec.js', testIgnore: LONGEST },
  ],
  // One real PostgreSQL for the run, as for Vitest; test files read its URL from the environment.
  globalSetup: './test/support/global-setup.ts',
  workers: 2,
  fullyParallel: false,
  forbidOnly: true,
  timeout: 60_000,
  // Retrying assertions (toHaveCount, expect.poll) wait up to 10 s for the page to settle.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: 'test/artifacts/playwright',
  use: { browserName: 'chromium', launchOptions: CHROMIUM, headless: true },
});
