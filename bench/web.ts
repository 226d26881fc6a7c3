import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../test/support/browser';
import { machine, startBenchApp } from './support';

const RUNS = 5;
/** A rural link: 400 kbit/s both ways, 400 ms round trip (Chromium's network emulation). */
const SLOW_LINK = {
  offline: false,
  latency: 400,
  downloadThroughput: (400 * 1000) / 8,
  uploadThroughput: (400 * 1000) / 8,
};
const WEB_DIST = join(__dirname, '..', 'web', 'dist');

/**
 * The web app's first load: the gzipped JavaScript and CSS it fetches, and the time until
 * the sign-in screen takes input on a slow link. Targets: JavaScript at most 200 KB gzipped,
 * sign-in interactive under 3 s.
 */
async function main(): Promise<void> {
  build();
  const sizes = firstLoadSizes();
  const bench = await startBenchApp('bench-web');
  await bench.app.listen(0, '127.0.0.1');
  const base = (await bench.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_LINK);
      const started = Date.now();
      await page.goto(`${base}/app/`, { waitUntil: 'commit' });
      await page.locator('#login').waitFor({ state: 'visible' });
      await page.locator('#login').focus();
      times.push(Date.now() - started);
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`machine: ${machine()}`);
    console.log(
      `first load, gzipped: JavaScript ${kb(sizes.js)}, CSS ${kb(sizes.css)}, HTML ${kb(sizes.html)}`,
    );
    console.log(
      `sign-in interactive on 400 kbit/s, 400 ms RTT (${RUNS} cold loads): median ${times[Math.floor(RUNS / 2)]} ms, worst ${times[RUNS - 1]} ms`,
    );
    const met = sizes.js <= 200 * 1024 && times[Math.floor(RUNS / 2)] < 3000;
    console.log(`targets (JS <= 200 KB gzipped, sign-in < 3 s): ${met ? 'met' : 'NOT met'}`);
  } finally {
    await browser.close();
    await bench.stop();
  }
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
