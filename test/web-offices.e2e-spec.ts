import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { join } from 'node:path';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS } from './support/browser';
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

const postcode = (): string => String(100000 + Math.floor(Math.random() * 899999));

/** The admin's post offices screen: list and search, add one, load Kazpost's list. */
describe('web app: post offices (e2e)', () => {
  let app: INestApplication;
  let page: Page;
  let base: string;
  const field = (key: Parameters<typeof say>[0]) => page.getByLabel(say(key), { exact: true });

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    page = await openPage(browser);
    await signIn(page, base, TEST_ADMIN.login, { password: TEST_ADMIN.password });
    await page.goto(`${base}/app/offices`);
    await page.getByRole('heading', { name: say('offices.title'), level: 1 }).waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('refuses a bad postcode in Kazakh, keeps what was typed, then adds the fixed office', async () => {
    const name = `Тау бөлімшесі ${postcode()}`;
    await field('offices.postcode').fill('12-34');
    await field('offices.name').fill(name);
    await field('offices.address').fill('Абай көшесі, 7');
    await field('offices.locality').fill('Тау');
    await page.getByRole('button', { name: say('offices.save') }).click();
    await expect(page.getByRole('alert')).toContainText(say('errors.request.invalid'));
    await expect(field('offices.name')).toHaveValue(name);
    await expect(field('offices.postcode')).toHaveAttribute('aria-invalid', 'true');
    const code = postcode();
    await field('offices.postcode').fill(code);
    await page.getByRole('button', { name: say('offices.save') }).click();
    await page.getByText(say('offices.created')).waitFor();
    await page.getByLabel(say('offices.search')).fill(code);
    await page.getByRole('cell', { name, exact: true }).waitFor();
    // The list narrows once the search's answer is in: wait for it, do not count at once.
    await expect(page.locator('tbody tr')).toHaveCount(1);
  });

  it('loads Kazpost’s branch list from a CSV and shows what it added', async () => {
    const [a, b] = [postcode(), postcode()];
    await page.getByLabel(say('offices.file')).setInputFiles({
      name: 'branches.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `postcode;name;address;locality\n${a};Бірінші;Көше, 1;Ауыл\n${b};Екінші;Көше, 2;Ауыл\n`,
      ),
    });
    await page.getByRole('button', { name: say('offices.upload') }).click();
    await page
      .getByText(say('offices.imported', { imported: 2, updated: 0, skipped: 0 }))
      .waitFor();
    await page.getByLabel(say('offices.search')).fill(b);
    await page.getByRole('cell', { name: 'Екінші', exact: true }).waitFor();
  });

  it('opens clerk accounts for the offices ticked and shows their first-sign-in slips', async () => {
    const code = postcode();
    await field('offices.postcode').fill(code);
    await field('offices.name').fill(`Бөлімше ${code}`);
    await field('offices.address').fill('Көше, 3');
    await field('offices.locality').fill('Ауыл');
    await page.getByRole('button', { name: say('offices.save') }).click();
    await page.getByText(say('offices.created')).waitFor();
    await page.getByLabel(say('offices.search')).fill(code);
    await page.getByRole('checkbox', { name: `${code} Бөлімше ${code}`, exact: false }).check();
    const slips = page.getByRole('region', { name: say('clerks.title') });
    await slips.getByRole('button', { name: /1/ }).click();
    await slips.getByText(`clerk-${code}`).waitFor();
    await slips.getByText(say('clerks.slipNote')).waitFor();
    await slips.getByRole('button', { name: say('clerks.print') }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-clerk-slips.png'), fullPage: true });
  });

  it('says whether packets are tracked from Kazpost (off unless configured)', async () => {
    const link = page.getByRole('region', { name: say('kazpost.title') });
    await link.getByText(say('kazpost.off')).waitFor();
  });

  it('has no serious accessibility problem and fits a 1366x768 screen', async () => {
    await page.getByLabel(say('offices.search')).fill('');
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-offices.png') });
  });
});
