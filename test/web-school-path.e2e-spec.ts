import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import { unique } from './support/factories';
import { decodeBarcodes, pdfPageCount, pdfText } from './support/pdf';
import kk from '../web/src/i18n/kk.json';
import { openScreen } from './support/nav';

const PASSWORD = 'a-good-password-1';
const HEADER = 'class;fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';

function roster(postcode: string, bad: boolean): string {
  const rows = Array.from({ length: 25 }, (_, i) => {
    const code = bad && i === 3 ? '12-34' : postcode;
    const phone = bad && i === 20 ? 'қоңырау' : `8 701 234 56 ${String(10 + i)}`;
    return `5 Ә;Оқушы ${String(i + 1).padStart(2, '0')} Қайратұлы;Көктал, Абай көшесі, ${i + 1};${code};${postcode};pickup;Ата-ана ${i + 1};${phone}`;
  });
  return `\uFEFF${HEADER}\n${rows.join('\n')}\n`;
}

/**
 * The path of the issue, in the browser only: the admin sets up an office, a school and its
 * director; the director opens a class and imports its roster after fixing the two bad rows
 * the preview showed; a teacher writes a Kazakh case, sees its printed pages, dispatches it
 * and downloads the print run and the post office's list.
 */
describe('web app: a school from nothing to printed packets (e2e)', () => {
  let app: INestApplication;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  const postcode = String(100000 + Math.floor(Math.random() * 899999));
  const school = unique('Көктал мектебі ');
  const director = unique('dir.');
  const teacher = unique('teach.');
  const topic = unique('Зат есім ');
  const screens: string[] = [];

  beforeAll(async () => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_school_path'),
      WORKER: 'on',
    });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  /** axe on the screen as it is, its width checked, and a screenshot kept to look at. */
  async function check(name: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    // Usable on the old laptops' screens: nothing wider than the window at 1366 or 1024.
    for (const width of [1024, 1366]) {
      await page.setViewportSize({ width, height: 768 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    }
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
    screens.push(name);
  }

  async function signIn(login: string, password: string): Promise<void> {
    await page.goto(`${base}/app/`);
    const signOut = page.getByRole('button', { name: 'Шығу' });
    // The app first restores any session: wait until it shows the sign-in form or a
    // signed-in header, or a late header would hide the form from the next step.
    await signOut.or(page.locator('input[type="password"]')).first().waitFor();
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel('Логин', { exact: true }).fill(login);
    await page.getByLabel('Құпиясөз').fill(password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
  }

  const nav = (name: string) => openScreen(page, name);

  async function download(button: string): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).first().click(),
    ]);
    return readFileSync(await file.path());
  }

  it('lets the admin add an office, a school and its director', async () => {
    await signIn(TEST_ADMIN.login, TEST_ADMIN.password);
    await check('home-admin');
    await nav('Пошта бөлімшелері');
    await page.getByLabel('Индекс', { exact: true }).fill(postcode);
    await page.getByLabel('Атауы', { exact: true }).fill('Көктал бөлімшесі');
    await page.getByLabel('Мекенжайы', { exact: true }).fill('Абай көшесі, 1');
    await page.getByLabel('Елді мекен', { exact: true }).fill('Көктал');
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Бөлімше қосылды.').waitFor();

    await nav('Мектептер');
    await page.getByLabel('Мектептің атауы').fill(school);
    await page.getByLabel('Облыс').fill('Алматы облысы');
    await page.getByLabel('Елді мекен').fill('Көктал');
    await page.getByLabel('Мекенжайы').fill('Мектеп көшесі, 5');
    // Kazpost has thousands of branches: the picker asks the service for those typed.
    await page.getByRole('searchbox').fill(postcode);
    await page.getByLabel('Жөнелтілімдер жіберілетін пошта бөлімшесі').selectOption({
      label: `${postcode} — Көктал бөлімшесі, Көктал`,
    });
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Мектеп қосылды.').waitFor();
    await page.getByRole('cell', { name: school }).waitFor();
    await check('schools');

    await nav('Қызметкерлер');
    await page.getByLabel('Аты-жөні', { exact: true }).fill('Серікова Айгүл');
    await page.getByLabel('Рөлі').selectOption('director');
    await page.getByLabel('Мектеп', { exact: true }).last().selectOption({ label: school });
    await page.getByLabel('Логин', { exact: true }).fill(TEST_ADMIN.login);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Сақтау' }).click();
    // A login already taken: the refusal comes in Kazakh and what was typed stays.
    await page.getByRole('alert').getByText('Бұл логин бос емес', { exact: false }).waitFor();
    expect(await page.getByLabel('Аты-жөні', { exact: true }).inputValue()).toBe('Серікова Айгүл');
    await page.getByLabel('Логин', { exact: true }).fill(director);
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Қызметкер қосылды.').waitFor();
    await page.getByRole('cell', { name: director }).waitFor();
    await check('staff');
  });

  it('lets the director open a class and import its roster once the preview is clean', async () => {
    await signIn(director, PASSWORD);
    await nav('Қызметкерлер');
    await page.getByLabel('Аты-жөні', { exact: true }).fill('Нұрланов Ерлан');
    await page.getByLabel('Рөлі').selectOption('teacher');
    await page.getByLabel('Логин', { exact: true }).fill(teacher);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Қызметкер қосылды.').waitFor();

    await nav('Сыныптар');
    await page.getByLabel('Сынып (0–12)').fill('5');
    await page.getByLabel('Литері').fill('Ә');
    await page.getByLabel('Сынып жетекшісі').selectOption({ label: 'Нұрланов Ерлан' });
    await page.getByRole('button', { name: 'Сақтау' }).click();
    await page.getByText('Сынып ашылды.').waitFor();
    await check('classes');
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: '5 Ә сыныбы' }).waitFor();

    const choose = (bad: boolean) =>
      page.getByLabel('Файлды таңдау').setInputFiles({
        name: 'roster.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(roster(postcode, bad)),
      });
    await choose(true);
    await page.getByText('Қате жолдар: 2.', { exact: false }).waitFor();
    const badCells = page.locator('.roster-problems td.bad-cell');
    await expect.poll(() => badCells.count()).toBe(2);
    expect(await badCells.first().innerText()).toContain('12-34');
    await expect.poll(() => page.getByRole('button', { name: /оқушыны қосу/ }).count()).toBe(0);
    await check('roster-preview');

    await choose(false);
    await page.getByText('Қосуға дайын: 25 оқушы.', { exact: false }).waitFor();
    await page.getByRole('button', { name: '25 оқушыны қосу' }).click();
    await page.getByText('Қосылды: 25 оқушы.').waitFor();
    await page.getByText('Оқушылар: 25').waitFor();
    await check('class-page');
  });

  it('lets a teacher write a Kazakh case, see its pages, dispatch it and print', async () => {
    await signIn(teacher, PASSWORD);
    await check('home-teacher');
    await nav('Кейстер');
    await page.getByRole('link', { name: 'Жаңа кейс жазу' }).click();
    await page.getByLabel('Пән').selectOption({ label: 'Қазақ тілі' });
    await page.getByLabel('Тақырып', { exact: true }).fill(topic);
    await page.getByLabel('Оқулық').fill('Қазақ тілі. 5-сынып');
    await page.getByLabel('Беттері').fill('45-47');
    await page
      .getByLabel('Тақырыптың қысқаша мазмұны (конспект)')
      .fill('Зат есім септік жалғауларымен түрленеді: үй, үйдің, үйге.');
    await page.getByLabel('Сұрақ 1', { exact: true }).fill('Зат есім дегеніміз не?');
    await page.getByRole('button', { name: 'Қосу: сұрақ' }).click();
    await page.getByLabel('Сұрақ 2', { exact: true }).fill('Қазақ тілінде неше септік бар?');
    await page.getByLabel('Кері байланыс нұсқаулығы').fill('Жауаптарды поштаға тапсырыңыз.');
    await page.getByLabel('Болжамды уақыт, минут').fill('40');
    await page.getByText('үздіксіз оқу уақыты 30 минуттан аспауы керек').waitFor();
    // The pages beside the form are the service's PDF of the case as typed, redrawn when
    // typing pauses (headless Chromium has no PDF viewer to draw them in the screenshot).
    const drawn = page.waitForResponse(
      (r) =>
        r.url().endsWith('/cases/preview.pdf') &&
        (r.request().postData() ?? '').includes('"estimatedMinutes":30'),
    );
    await page.getByLabel('Болжамды уақыт, минут').fill('30');
    const shown = await (await drawn).body();
    // The pages are drawn beside the form as canvases, from the PDF the service answered.
    await page.locator('section.preview[aria-busy="false"] canvas').first().waitFor();
    const previewText = await pdfText(shown);
    // A long topic may break over two lines, and "fi" in its random part prints as a ligature.
    const plain = (text: string) => text.normalize('NFKC').replace(/\s/g, '');
    expect(plain(previewText)).toContain(plain(topic));
    expect(previewText).toContain('Қазақ тілінде неше септік бар?');
    await check('case-editor');
    // Saved by keyboard, as the whole form can be filled and sent.
    await page.getByRole('button', { name: 'Сақтау' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Кейстер кітапханасы' }).waitFor();
    await page.getByLabel('Іздеу: тақырып немесе оқулық').fill(topic.slice(0, 12));
    await page.getByRole('cell', { name: topic }).waitFor();
    await check('case-library');

    await nav('Жіберу және басып шығару');
    // Nothing ticked yet: the confirm button says at each group what it lacks.
    const send = page.getByRole('button', { name: kk['dispatch.send'] });
    await send.click();
    await page.getByText(kk['dispatch.needClasses']).waitFor();
    await page.getByText(kk['dispatch.needCases']).waitFor();
    await page.getByLabel('5 Ә (Қазақша)').check();
    await page.getByText(kk['dispatch.needClasses']).waitFor({ state: 'detached' });
    await page.getByLabel(new RegExp(topic)).check();
    await page.getByText('Жіберілетіні: 25 жөнелтілім').waitFor();
    await check('dispatch');
    await send.click();
    await page.getByText('Дайын: 25 жөнелтілім.').waitFor({ timeout: 30_000 });
    await check('print');
    const run = await download('PDF жүктеп алу');
    const perPacket = (await pdfPageCount(run)) / 25;
    expect(Number.isInteger(perPacket) && perPacket % 2 === 0).toBe(true);
    expect(await decodeBarcodes(run, 1)).toHaveLength(1);
    expect(await pdfText(run, { first: 1, last: 1 })).toContain('Оқушы 01 Қайратұлы');
    const manifest = await download('Пошта тізімі (PDF)');
    expect(await pdfText(manifest)).toContain('Барлығы: 25 жөнелтілім');
  });

  it('looked at every screen it passed', () => {
    expect(screens).toHaveLength(11);
  });
});
