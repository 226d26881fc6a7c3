import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import request from 'supertest';
import { projectRoot } from '../src/common/paths';
import { launchChromium } from '../test/support/browser';
import { caseBody, createSchoolWorld, PASSWORD, post } from '../test/support/factories';
import { machine, startBenchApp } from './support';

const RUNS = 5;
/** A rural link: 400 kbit/s both ways, 400 ms round trip (Chromium's network emulation). */
const SLOW_LINK = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
const WEB_DIST = join(projectRoot(), 'web', 'dist');

/**
 * The web app's first load: the gzipped JavaScript and CSS it fetches, and the time until
 * the sign-in screen takes input on a slow link, and until a signed-in teacher's case library
 * shows its cases on the same link. Targets: JavaScript at most 200 KB gzipped, sign-in
 * interactive under 3 s.
 */
async function main(): Promise<void> {
  build();
  const sizes = firstLoadSizes();
  const bench = await startBenchApp('bench-web');
  await bench.app.listen(0, '127.0.0.1');
  const base = (await bench.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchChromium();
  try {
    const session = await teacherWithCases(bench.app);
    const times: number[] = [];
    const library: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      times.push(
        await coldLoad(browser, `${base}/app/`, undefined, async (page) => {
          await page.locator('#login').waitFor({ state: 'visible' });
          await page.locator('#login').focus();
        }),
      );
      library.push(
        await coldLoad(browser, `${base}/app/cases`, session, async (page) => {
          await page
            .locator('tbody tr')
            .nth(CASES - 1)
            .waitFor();
          await page.locator('#cases-search').focus();
        }),
      );
    }
    times.sort((a, b) => a - b);
    library.sort((a, b) => a - b);
    console.log(`machine: ${machine()}`);
    console.log(
      `first load, gzipped: JavaScript ${kb(sizes.js)}, CSS ${kb(sizes.css)}, HTML ${kb(sizes.html)}`,
    );
    console.log(
      `sign-in interactive on 400 kbit/s, 400 ms RTT (${RUNS} cold loads): median ${times[Math.floor(RUNS / 2)]} ms, worst ${times[RUNS - 1]} ms`,
    );
    console.log(
      `case library (${CASES} cases) shown to a signed-in teacher on the same link (${RUNS} cold loads): median ${library[Math.floor(RUNS / 2)]} ms, worst ${library[RUNS - 1]} ms`,
    );
    const met = sizes.js <= 200 * 1024 && times[Math.floor(RUNS / 2)] < 3000;
    console.log(`targets (JS <= 200 KB gzipped, sign-in < 3 s): ${met ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await bench.stop();
  }
}

const CASES = 30;

/** A teacher whose school has cases, signed in: the session the app keeps in the browser. */
async function teacherWithCases(app: Parameters<typeof createSchoolWorld>[0]): Promise<string> {
  const world = await createSchoolWorld(app, { pupils: 0 });
  for (let i = 0; i < CASES; i++) await post(app, world.teacher.token, '/cases', caseBody(world));
  const answer = await request(app.getHttpServer() as never)
    .post('/auth/login')
    .send({ login: world.teacher.login, password: PASSWORD });
  return JSON.stringify(answer.body);
}

/** One load with an empty cache on the slow link, until `ready` says the screen takes input. */
async function coldLoad(
  browser: Awaited<ReturnType<typeof launchChromium>>,
  url: string,
  session: string | undefined,
  ready: (page: Page) => Promise<void>,
): Promise<number> {
  const page = await browser.context.newPage();
  await page.addInitScript((stored) => {
    if (stored) localStorage.setItem('kazpost.session', stored);
    else localStorage.removeItem('kazpost.session');
  }, session);
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  const elapsed = Date.now() - started;
  await page.close();
  return elapsed;
}

/** What the sign-in screen loads: index.html and the files it names (later screens are lazy). */
function firstLoadSizes(): { js: number; css: number; html: number } {
  const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const assets = readdirSync(join(WEB_DIST, 'assets')).filter((f) => html.includes(`assets/${f}`));
  const sum = (ext: string): number =>
    assets
      .filter((f) => f.endsWith(ext))
      .reduce((total, f) => total + gz(join(WEB_DIST, 'assets', f)), 0);
  return { js: sum('.js'), css: sum('.css'), html: gz(join(WEB_DIST, 'index.html')) };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

function build(): void {
  const result = spawnSync('npm', ['run', 'build:web'], { encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build:web failed:\n${result.stdout}${result.stderr}`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
