import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { KazpostSweep } from '@/kazpost/kazpost-sweep';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import {
  createSchoolWorld,
  dispatchCodes,
  PASSWORD,
  SchoolWorld,
  backdate,
} from './support/factories';
import { TestKazpost } from './support/kazpost-server';

/** The Kazakh catalogue: what the page says, found by key. */
const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
const HOUR = 3_600_000;

/** The packet page marks Kazpost's own records and notes where Kazpost disagrees with us. */
describe('web app: a packet tracked from Kazpost (e2e)', () => {
  let app: INestApplication;
  let kazpost: TestKazpost;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let code: string;

  beforeAll(async () => {
    kazpost = new TestKazpost();
    await kazpost.start();
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_kazpost'),
      KAZPOST_TRACKING_URL: kazpost.url,
      KAZPOST_REQUESTS_PER_MINUTE: '6000',
    });
    await app.listen(0, '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 1 });
    [code] = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', [code], 2);
    const start = Date.now() - 36 * HOUR;
    kazpost.record(code, 'RCPOPS', new Date(start), { zip: world.officePostcode, name: 'Көктал' });
    kazpost.record(code, 'TRNRPO', new Date(start + 20 * HOUR), {
      zip: world.pupilOfficePostcode,
      name: 'Бірлік',
    });
    kazpost.record(code, 'ISSSC', new Date(start + 30 * HOUR), {
      zip: '050010',
      name: 'Алматы 10',
    });
    await app.get(KazpostSweep).run();
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await page.goto(`${base}/app/`);
    await page.getByLabel(kk['signIn.login']).fill(world.deputy.login);
    await page.getByLabel(kk['signIn.password']).fill(PASSWORD);
    await page.getByRole('button', { name: kk['signIn.submit'] }).click();
    await page.getByRole('navigation').waitFor();
    await page.goto(`${base}/app/packets/${code}`);
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
    await kazpost.stop();
  });

  it("marks Kazpost's records and notes its hand-over at another office", async () => {
    await page.getByRole('heading', { name: code }).waitFor();
    await expect
      .poll(() => page.getByRole('cell', { name: kk['desk.fromKazpost'] }).count())
      .toBe(2);
    const notes = page.getByRole('region', { name: kk['desk.kazpostDiffers'] });
    await notes.getByText('050010 Алматы 10', { exact: false }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-packet-kazpost.png'), fullPage: true });
  });
});
