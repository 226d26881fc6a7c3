/// <reference lib="dom" />
import { INestApplication } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserContext, Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createSchoolWorld, dispatchCodes, get, PASSWORD, SchoolWorld } from './support/factories';

describe('scan station page in headless Chromium (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];
  let browser: { context: BrowserContext; close: () => Promise<void> };
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 5 });
    codes = await dispatchCodes(app, world);
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  const scanWithScanner = async (code: string): Promise<void> => {
    await page.keyboard.type(code, { delay: 5 });
    await page.keyboard.press('Enter');
  };
  const logItems = () => page.locator('#log li');

  it('logs in, scans three codes with Enter and shows each result', async () => {
    await page.goto(`${baseUrl}/scan`);
    await page.fill('#login-name', world.clerk.login);
    await page.fill('#login-password', PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#station:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
    for (const code of codes.slice(0, 3)) await scanWithScanner(code);
    await page.waitForFunction(() => document.querySelectorAll('#log li').length === 3);
    expect(await page.locator('#result').getAttribute('class')).toContain('ok');
    expect(await page.locator('#result').innerText()).toContain('Тіркелді');
    expect(await page.locator('#count').innerText()).toBe('Тіркелді: 3');
    expect(await logItems().first().innerText()).toContain(codes[2]);
    expect(await logItems().first().innerText()).toMatch(/^\d{2}:\d{2}:\d{2} RR/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('code');
  });

  it('shows a misread code in red, in Russian after switching language', async () => {
    await page.click('button[data-lang=ru]');
    await scanWithScanner(codes[3].slice(0, 10) + ((Number(codes[3][10]) + 1) % 10) + 'KZ');
    await page.waitForFunction(() => document.querySelectorAll('#log li').length === 4);
    expect(await page.locator('#result').getAttribute('class')).toContain('bad');
    expect(await page.locator('#result').innerText()).toContain('Код считан с ошибкой');
  });

  it('queues scans while offline and sends them in order when the network returns', async () => {
    await browser.context.setOffline(true);
    await scanWithScanner(codes[3]);
    await scanWithScanner(codes[4]);
    await page.waitForFunction(() =>
      document.querySelector('#queue')?.textContent?.startsWith('В очереди: 2'),
    );
    expect(await page.locator('#queue').innerText()).toContain('Нет сети');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'scan-station-offline.png'), fullPage: true });
    await browser.context.setOffline(false);
    await page.waitForFunction(() => document.querySelectorAll('#log li').length === 6, undefined, {
      timeout: 15000,
    });
    expect(await page.locator('#queue').innerText()).toBe('');
    const third = await get<{ status: string; events: { occurredAt: string }[] }>(
      app,
      world.clerk.token,
      `/packets/${codes[3]}`,
    );
    const fourth = await get<{ status: string; events: { occurredAt: string }[] }>(
      app,
      world.clerk.token,
      `/packets/${codes[4]}`,
    );
    expect([third.status, fourth.status]).toEqual(['posted', 'posted']);
    expect(new Date(third.events[0].occurredAt).getTime()).toBeLessThan(
      new Date(fourth.events[0].occurredAt).getTime(),
    );
    expect((await logItems().nth(0).innerText()).includes(codes[4])).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'scan-station.png'), fullPage: true });
  });
});
