import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';

/** The Kazakh catalogue: what the screen says, found by key. */
const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
const postcode = (): string => String(100000 + Math.floor(Math.random() * 899999));

/** The admin's post offices screen: list and search, add one, load Kazpost's list. */
describe('web app: post offices (e2e)', () => {
  let app: INestApplication;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/app/offices`);
    await page.getByLabel('Логин').fill(TEST_ADMIN.login);
    await page.getByLabel('Құпиясөз').fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Пошта бөлімшелері', level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('refuses a bad postcode in Kazakh, keeps what was typed, then adds the fixed office', async () => {
    const name = `Тау бөлімшесі ${postcode()}`;
    await page.getByLabel('Индекс', { exact: true }).fill('12-34');
    await page.getByLabel('Атауы', { exact: true }).fill(name);
    await page.getByLabel('Мекенжайы', { exact: true }).fill('Абай көшесі, 7');
    await page.getByLabel('Елді мекен', { exact: true }).fill('Тау');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Өрістер дұрыс толтырылмаған');
    expect(await page.getByLabel('Атауы', { exact: true }).inputValue()).toBe(name);
    expect(await page.getByLabel('Индекс', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    const code = postcode();
    await page.getByLabel('Индекс', { exact: true }).fill(code);
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Бөлімше қосылды.').waitFor();
    await page.getByLabel('Іздеу: индекс, атауы немесе елді мекен').fill(code);
    await page.getByRole('cell', { name, exact: true }).waitFor();
    // The list narrows once the search's answer is in: wait for it, do not count at once.
    await expect.poll(() => page.locator('tbody tr').count()).toBe(1);
  });

  it('loads Kazpost’s branch list from a CSV and shows what it added', async () => {
    const [a, b] = [postcode(), postcode()];
    await page.getByLabel('Файлды таңдау').setInputFiles({
      name: 'branches.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `postcode;name;address;locality\n${a};Бірінші;Көше, 1;Ауыл\n${b};Екінші;Көше, 2;Ауыл\n`,
      ),
    });
    await page.getByRole('button', { name: 'Жүктеу' }).click();
    await page
      .getByText(
        kk['offices.imported']
          .replace('{imported}', '2')
          .replace('{updated}', '0')
          .replace('{skipped}', '0'),
      )
      .waitFor();
    await page.getByLabel('Іздеу: индекс, атауы немесе елді мекен').fill(b);
    await page.getByRole('cell', { name: 'Екінші', exact: true }).waitFor();
  });

  it('opens clerk accounts for the offices ticked and shows their first-sign-in slips', async () => {
    const code = postcode();
    await page.getByLabel('Индекс', { exact: true }).fill(code);
    await page.getByLabel('Атауы', { exact: true }).fill(`Бөлімше ${code}`);
    await page.getByLabel('Мекенжайы', { exact: true }).fill('Көше, 3');
    await page.getByLabel('Елді мекен', { exact: true }).fill('Ауыл');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Бөлімше қосылды.').waitFor();
    await page.getByLabel('Іздеу: индекс, атауы немесе елді мекен').fill(code);
    await page.getByRole('checkbox', { name: `${code} Бөлімше ${code}`, exact: false }).check();
    const slips = page.getByRole('region', { name: kk['clerks.title'] });
    await slips.getByRole('button', { name: /1/ }).click();
    await slips.getByText(`clerk-${code}`).waitFor();
    await slips.getByText(kk['clerks.slipNote']).waitFor();
    await slips.getByRole('button', { name: kk['clerks.print'] }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-clerk-slips.png'), fullPage: true });
  });

  it('says whether packets are tracked from Kazpost (off unless configured)', async () => {
    const link = page.getByRole('region', { name: kk['kazpost.title'] });
    await link.getByText(kk['kazpost.off']).waitFor();
  });

  it('has no serious accessibility problem and fits a 1366x768 screen', async () => {
    await page.getByLabel('Іздеу: индекс, атауы немесе елді мекен').fill('');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1366,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-offices.png') });
  });
});
