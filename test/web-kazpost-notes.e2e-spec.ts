import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { KazpostSweep } from '@/kazpost/kazpost-sweep';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import { createSchoolWorld, dispatchCodes, SchoolWorld, backdate } from './support/factories';
import { TestKazpost } from './support/kazpost-server';
import { say } from './support/catalogue';
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

const HOUR = 3_600_000;

/** The packet page marks Kazpost's own records and notes where Kazpost disagrees with us. */
describe('web app: a packet tracked from Kazpost (e2e)', () => {
  let app: INestApplication;
  let kazpost: TestKazpost;
  let world: SchoolWorld;
  let page: Page;
  let code: string;

  beforeAll(async ({ browser }) => {
    kazpost = new TestKazpost();
    await kazpost.start();
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_kazpost'),
      KAZPOST_TRACKING_URL: kazpost.url,
      KAZPOST_REQUESTS_PER_MINUTE: '6000',
    });
    const base = await serve(app);
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
    page = await openPage(browser);
    await signIn(page, base, world.deputy.login);
    await page.getByRole('navigation').waitFor();
    await page.goto(`${base}/app/packets/${code}`);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
    await kazpost.stop();
  });

  it("marks Kazpost's records and notes its hand-over at another office", async () => {
    await page.getByRole('heading', { name: code }).waitFor();
    await expect(page.getByRole('cell', { name: say('desk.fromKazpost') })).toHaveCount(2);
    const notes = page.getByRole('region', { name: say('desk.kazpostDiffers') });
    await notes.getByText('050010 Алматы 10', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-packet-kazpost.png'), fullPage: true });
  });
});
