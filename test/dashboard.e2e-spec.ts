/// <reference lib="dom" />
import { INestApplication } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  createSchoolWorld,
  dispatchCodes,
  PASSWORD,
  post,
  SchoolWorld,
  scan,
} from './support/factories';

describe('deputy director dashboard in headless Chromium (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let baseUrl: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 3 });
    const codes = await dispatchCodes(app, world, 7);
    for (const code of codes) await scan(app, world.clerk.token, { code, event: 'posted' });
    await scan(app, world.pupilClerk.token, { code: codes[0], event: 'return_received' });
    await post(app, world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      teacherId: world.teacher.id,
      postOfficeIds: [world.pupilOfficeId],
      startsOn: addDays(localDate(), -20),
    });
    browser = await launchChromium();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('shows the duty traffic light, return rates and the pupils to call', async () => {
    await page.goto(`${baseUrl}/dashboard`);
    await page.fill('#login-name', world.deputy.login);
    await page.fill('#login-password', PASSWORD);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('body[data-loaded]');
    expect(await page.locator('#duties .light').getAttribute('class')).toContain('red');
    expect(await page.locator('#duties').innerText()).toContain('Мерзімі өтті');
    expect(await page.locator('#rates svg').innerHTML()).toContain('33% (1/3)');

    await page.fill('#as-of', addDays(localDate(), 10));
    await page.dispatchEvent('#as-of', 'change');
    await page.waitForSelector(`body[data-loaded="${addDays(localDate(), 10)}"]`);
    const silent = await page.locator('#silent tbody tr').allInnerTexts();
    expect(silent).toHaveLength(2);
    expect(silent[0]).toContain('+77012345671');

    await page.click('button[data-lang=ru]');
    expect(await page.locator('#silent-title').innerText()).toContain('Ученики, не вернувшие');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
  });
});
