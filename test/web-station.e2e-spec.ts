import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { say } from './support/catalogue';
import { createSchoolWorld, dispatchCodes, get, SchoolWorld } from './support/factories';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  seriousViolations,
  serve,
  signIn,
} from './support/web';

/**
 * The clerk's station with no connection: it opens from the browser's own copy after a
 * reload, takes five scans offline, keeps them across a browser restart, and sends them in
 * order, with their station times, when the connection returns.
 */
describe('web app: the offline scan station (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let base: string;
  let codes: string[];
  const profile = mkdtempSync(join(tmpdir(), 'kazpost-station-'));

  beforeAll(async () => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 5 });
    codes = await dispatchCodes(app, world);
  });
  afterAll(async () => {
    await app?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const open = async (page: Page) => {
    await page.goto(`${base}/app/station`);
    await page.getByRole('heading', { name: say('station.title') }).waitFor();
  };

  it('scans offline, survives a reload and a restart, and sends the scans in order', async () => {
    it.setTimeout(120_000);
    let browser = await launchChromium(profile);
    let page = await browser.context.newPage();
    await signIn(page, base, world.clerk.login);
    await open(page);
    // The service worker has the app's files before the connection goes.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await open(page);
    // The line to the service goes first, while the browser still thinks it is online (a
    // router with no uplink): the station notices by itself.
    await browser.context.route(
      (url) => !url.pathname.startsWith('/app/'),
      (route) => route.abort('internetdisconnected'),
    );
    await page.reload();
    await open(page);
    await page.getByText(say('station.offline')).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    // Then the computer's own connection; the app opens from the browser's copy.
    await browser.context.setOffline(true);
    await page.reload();
    await open(page);
    await page.getByText(say('station.offline')).waitFor();
    await page.getByLabel(say('station.event')).selectOption('posted');
    const input = page.getByLabel(say('round.code'));
    for (const code of codes) {
      await input.fill(code);
      await input.press('Enter');
    }
    await page.getByText(say('station.waiting', { count: 5 })).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-station-offline.png'), fullPage: true });
    await browser.close();

    // The PC restarts; the connection is back.
    browser = await launchChromium(profile);
    page = await browser.context.newPage();
    await open(page);
    const applied = page.getByText(say('station.applied'), { exact: false });
    await applied.nth(4).waitFor();
    await page.getByText(say('station.waiting', { count: 0 })).waitFor();
    await expect(applied).toHaveCount(5);
    await browser.close();

    const times: number[] = [];
    for (const code of codes) {
      const packet = await get<{ status: string; events: { event: string; occurredAt: string }[] }>(
        app,
        world.teacher.token,
        `/packets/${code}`,
      );
      expect(packet.status).toBe('posted');
      times.push(Date.parse(packet.events[0].occurredAt));
    }
    // Recorded with the station's times, in the order they were scanned.
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('refuses a misread code at once and shows the service’s refusal in Kazakh', async ({
    browser,
  }) => {
    const page = await openPage(browser);
    try {
      await signIn(page, base, world.clerk.login);
      await open(page);
      const input = page.getByLabel(say('round.code'));
      await input.fill('RR123');
      await input.press('Enter');
      await page.getByRole('alert').getByText(say('round.verdict.bad_code')).waitFor();
      // This clerk's office sent the packet; handing it to the pupil is the other office's scan.
      await page.getByLabel(say('station.event')).selectOption('delivered');
      await input.fill(codes[0]);
      await input.press('Enter');
      await page
        .getByText(`${codes[0]} — ${say('status.delivered')}: ${say('errors.scan.wrong_office')}`)
        .waitFor();
    } finally {
      await page.context().close();
    }
  });
});
