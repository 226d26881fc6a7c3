import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createSchoolWorld, dispatchCodes, get, PASSWORD, SchoolWorld } from './support/factories';

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
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 5 });
    codes = await dispatchCodes(app, world);
  });
  afterAll(async () => {
    await app.close();
    rmSync(profile, { recursive: true, force: true });
  });

  const open = async (page: Page) => {
    await page.goto(`${base}/app/station`);
    await page.getByRole('heading', { name: 'Сканерлеу станциясы' }).waitFor();
  };

  it('scans offline, survives a reload and a restart, and sends the scans in order', async () => {
    let browser = await launchChromium(profile);
    let page = await browser.context.newPage();
    await page.goto(`${base}/app/`);
    await page.getByLabel('Логин').fill(world.clerk.login);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
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
    await page.getByText('Желі жоқ', { exact: false }).waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    // Then the computer's own connection; the app opens from the browser's copy.
    await browser.context.setOffline(true);
    await page.reload();
    await open(page);
    await page.getByText('Желі жоқ', { exact: false }).waitFor();
    await page.getByLabel('Не болды').selectOption('posted');
    const input = page.getByLabel('Штрихкод (сканерлеңіз немесе теріңіз, Enter)');
    for (const code of codes) {
      await input.fill(code);
      await input.press('Enter');
    }
    await page.getByText('Жіберуді күтуде: 5.', { exact: false }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-station-offline.png'), fullPage: true });
    await browser.close();

    // The PC restarts; the connection is back.
    browser = await launchChromium(profile);
    page = await browser.context.newPage();
    await open(page);
    await page.getByText('тіркелді', { exact: false }).nth(4).waitFor();
    await page.getByText('Жіберуді күтуде: 0.', { exact: false }).waitFor();
    await expect.poll(() => page.getByText('тіркелді', { exact: false }).count()).toBe(5);
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
  }, 120_000);

  it('refuses a misread code at once and shows the service’s refusal in Kazakh', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${base}/app/`);
      await page.getByLabel('Логин').fill(world.clerk.login);
      await page.getByLabel('Құпиясөз').fill(PASSWORD);
      await page.getByRole('button', { name: 'Кіру' }).click();
      await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
      await open(page);
      const input = page.getByLabel('Штрихкод (сканерлеңіз немесе теріңіз, Enter)');
      await input.fill('RR123');
      await input.press('Enter');
      await page.getByRole('alert').getByText('код қате оқылды', { exact: false }).waitFor();
      // This clerk's office sent the packet; handing it to the pupil is the other office's scan.
      await page.getByLabel('Не болды').selectOption('delivered');
      await input.fill(codes[0]);
      await input.press('Enter');
      await page
        .getByText(`${codes[0]} — табысталды: Бұл оқиғаны басқа пошта бөлімшесі тіркейді.`)
        .waitFor();
    } finally {
      await browser.close();
    }
  });
});
