import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import kk from '../web/src/i18n/kk.json';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  PASSWORD,
  scan,
  SchoolWorld,
} from './support/factories';
import { pdfText } from './support/pdf';
import { openScreen } from './support/nav';

/** The deputy appoints the collecting teacher; the teacher's round at the post office. */
describe('web app: collection duty and the round (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let codes: string[];
  let pupilOfficeLabel: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 3 });
    codes = await dispatchCodes(app, world);
    const office = await get<{ postcode: string; name: string; locality: string }>(
      app,
      world.admin,
      `/post-offices/${world.pupilOfficeId}`,
    );
    pupilOfficeLabel = `${office.postcode} — ${office.name}, ${office.locality}`;
    for (const code of codes.slice(0, 2))
      for (const event of ['posted', 'delivered', 'return_received']) {
        const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
        expect((await scan(app, token, { code, event })).status).toBe(201);
      }
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  async function signIn(login: string): Promise<void> {
    await page.goto(`${base}/app/`);
    const signOut = page.getByRole('button', { name: 'Шығу' });
    // The app first restores any session: wait until it shows the sign-in form or a
    // signed-in header, or a late header would hide the form from the next step.
    await signOut.or(page.locator('input[type="password"]')).first().waitFor();
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
  }

  async function check(name: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  const appoint = async () => {
    await page.getByLabel('Мұғалім', { exact: true }).selectOption({ label: 'teacher Тестов' });
    await page
      .getByRole('group', { name: 'Оқушылардың пошта бөлімшелері' })
      .getByLabel(pupilOfficeLabel, { exact: true })
      .check();
    await page.getByRole('button', { name: 'Тағайындау' }).click();
  };

  it('lets the deputy appoint the collecting teacher, and refuses a second duty on the same dates', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, 'Жинау кезекшілігі');
    await page.getByText('Әзірге кезекшілік тағайындалмаған.').waitFor();
    await page.getByRole('group', { name: 'Оқушылардың пошта бөлімшелері' }).waitFor();
    await appoint();
    await page.getByRole('heading', { name: 'teacher Тестов' }).waitFor();
    await page.getByText('әлі барған жоқ', { exact: false }).waitFor();
    await appoint();
    await page
      .getByRole('alert')
      .getByText('Бұл бөлімшеге сол мерзімге басқа кезекшілік тағайындалған.')
      .waitFor();
    await check('duties');
  });

  it('lets the teacher scan work at the office, see each code’s verdict, and finish the round', async () => {
    await signIn(world.teacher.login);
    await openScreen(page, kk['nav.round']);
    const input = page.getByLabel('Штрихкод (сканерлеңіз немесе теріңіз, Enter)');
    for (const typed of [codes[0], 'RR123', codes[2]]) {
      await input.fill(typed);
      await input.press('Enter');
    }
    await page.getByText(`${codes[0]} — алуға болады`).waitFor();
    await page.getByText('RR123 — код қате оқылды, қайта сканерлеңіз').waitFor();
    await page.getByText(`${codes[2]} — жұмыс әлі поштаға тапсырылмаған`).waitFor();
    await check('round');
    // Only the work ready here is counted and sent.
    await page.getByRole('button', { name: 'Жинауды аяқтау (1 жұмыс)' }).click();
    await page.getByRole('heading', { name: 'Жинау белгіленді. Алынды: 1' }).waitFor();
    // The work not yet handed in and the misread code stay listed with their own reasons.
    await page.getByText(`${codes[2]} — жұмыс әлі поштаға тапсырылмаған`).waitFor();
    await page.getByText('RR123 — код қате оқылды, қайта сканерлеңіз').waitFor();
    await expect.poll(() => page.getByText(`${codes[0]} — алуға болады`).count()).toBe(0);
  });

  it('shows the deputy the visit on the duty’s timeline', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, 'Жинау кезекшілігі');
    await page.getByText('соңғы рет', { exact: false }).waitFor();
    await page.getByText('күтіп тұрған жұмыс: 1', { exact: false }).waitFor();
    await page.getByText('Барған күндері: 1').click();
    await page.getByText('алынған жұмыс: 1', { exact: false }).waitFor();
  });

  it('lets the teacher review the collected paper by keyboard, with the feedback as it will read', async () => {
    await signIn(world.teacher.login);
    await openScreen(page, 'Жұмыстарды тексеру');
    await page.getByText('Тексеруді күтуде: 1').waitFor();
    const drawn = page.waitForResponse(
      (r) =>
        r.url().endsWith('/review/preview.pdf') &&
        r.status() === 200 &&
        (r.request().postData() ?? '').includes('3-сұраққа мысал қосыңыз.'),
    );
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Жақсы! 3-сұраққа мысал қосыңыз.');
    // The feedback page beside the form is the service's PDF of the review as typed.
    const shown = await (await drawn).body();
    expect(await pdfText(shown)).toContain('Жақсы! 3-сұраққа мысал қосыңыз.');
    await page.locator('section.preview[aria-busy="false"] canvas').first().waitFor();
    await check('reviews');
    await page.keyboard.press('Control+Enter');
    await page.getByText('Тексеруді күтуде: 0').waitFor();
    const packet = await get<{ status: string }>(app, world.teacher.token, `/packets/${codes[0]}`);
    expect(packet.status).toBe('reviewed');
  });
});
