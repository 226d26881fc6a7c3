import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import request from 'supertest';
import { createSchoolWorld, PASSWORD, SchoolWorld, server } from './support/factories';
import { openScreen } from './support/nav';

const catalogue = (language: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', `${language}.json`), 'utf8'),
  ) as Record<string, string>;
const RU = catalogue('ru');
const KY = catalogue('ky');

/** The staff web app's first screens, in Debian's Chromium, through the real API. */
describe('web app: sign in (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 0 });
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  const seriousViolations = async (): Promise<string[]> => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`);
  };

  it('opens in Kazakh, refuses a wrong password in Kazakh and keeps what was typed', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Жүйеге кіру' }).waitFor();
    expect(page.url()).toBe(`${base}/app/`);
    expect(await seriousViolations()).toEqual([]);
    await page.getByLabel('Логин').fill(world.teacher.login);
    await page.getByLabel('Құпиясөз').fill('not-the-password');
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toBe('Логин немесе құпиясөз қате.');
    expect(await page.getByLabel('Логин').inputValue()).toBe(world.teacher.login);
    await page.screenshot({ path: join(ARTIFACTS, 'web-sign-in.png') });
  });

  it('switches to Russian and remembers it after a reload', async () => {
    await page.getByLabel('Тіл').selectOption('ru');
    await page.getByRole('heading', { name: 'Вход в систему' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Вход в систему' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });

  it('signs in by keyboard alone and shows what the role does next', async () => {
    await page.getByLabel('Логин').fill('');
    await page.getByLabel('Логин').focus();
    await page.keyboard.type(world.teacher.login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Добро пожаловать' }).waitFor();
    await expect.poll(() => page.getByText('Ваша роль: учитель').count()).toBe(1);
    // The teacher's class has no pupils yet: that comes first.
    await expect.poll(() => page.getByText(RU['next.pupils']).count()).toBe(1);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-home.png') });
  });

  it('opens a bookmarked screen of the app after a reload', async () => {
    await page.goto(`${base}/app/cases/new`);
    await page.getByRole('heading', { name: 'Новый кейс' }).waitFor();
  });

  it('asks to sign in again when the session ends, keeping what was typed on the screen', async () => {
    await page.getByLabel('Тема', { exact: true }).fill('Дроби и проценты');
    // The session ends on the server (a new password was set for the account elsewhere).
    await request(server(app))
      .post('/auth/password')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ currentPassword: PASSWORD, newPassword: PASSWORD })
      .expect(204);
    await page.getByLabel('Краткое содержание темы (конспект)').fill('Дробь — часть целого.');
    // The next call to the API (the subjects of Kyrgyz classes) meets the ended session.
    await page.locator('#case-language').selectOption('ky');
    const dialog = page.getByRole('dialog', { name: 'Вход в систему' });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByText('Сессия закончилась').count()).toBe(1);
    expect(await seriousViolations()).toEqual([]);
    await dialog.getByLabel('Логин').fill(world.teacher.login);
    await dialog.getByLabel('Пароль').fill(PASSWORD);
    await dialog.getByRole('button', { name: 'Войти' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Тема', { exact: true }).inputValue()).toBe('Дроби и проценты');
    expect(await page.getByLabel('Краткое содержание темы (конспект)').inputValue()).toBe(
      'Дробь — часть целого.',
    );
  });

  it('sends signed-out people back to sign in, in the language they chose', async () => {
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Вход в систему' }).waitFor();
  });

  it('switches to Kyrgyz for the staff of Kyrgyz-medium classes, screens and dates alike', async () => {
    // The switcher names each language in itself: Кыргызча on a Russian screen too.
    await page.getByLabel(RU['language.label']).selectOption({ label: KY['language.ky'] });
    await page.getByRole('heading', { name: KY['signIn.title'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ky');
    await page.getByLabel(KY['signIn.login']).fill(world.teacher.login);
    await page.getByLabel(KY['signIn.password']).fill(PASSWORD);
    await page.getByRole('button', { name: KY['signIn.submit'] }).click();
    // Back at the case editor the same teacher left open, now in Kyrgyz.
    await page.getByRole('heading', { name: KY['editor.newTitle'] }).waitFor();
    await page.getByRole('navigation', { name: KY['nav.label'] }).waitFor();

    await openScreen(page, KY['nav.cases']);
    await page.getByRole('heading', { name: KY['cases.title'] }).waitFor();
    await expect.poll(() => page.title()).toBe(`${KY['cases.title']} · ${KY['app.title']}`);
    expect(await seriousViolations()).toEqual([]);

    await openScreen(page, KY['nav.dispatch']);
    await page.getByRole('heading', { name: KY['dispatch.title'] }).waitFor();
    // The return date reads as Kyrgyz paperwork writes it, 19.12.2026.
    expect(await page.getByLabel(KY['dispatch.returnDueOn']).inputValue()).toMatch(
      /^\d{2}\.\d{2}\.\d{4}$/,
    );
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-kyrgyz-dispatch.png'), fullPage: true });
    // Kyrgyz words fit a phone as the Kazakh ones do: nothing spills sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: KY['dispatch.title'] }).waitFor();
    await page.getByRole('button', { name: KY['nav.menu'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await page.screenshot({ path: join(ARTIFACTS, 'web-kyrgyz-dispatch-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('sends its files compressed to browsers that accept it', async () => {
    const html = await (await fetch(`${base}/app/`)).text();
    const script = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const response = await fetch(`${base}${script}`, {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect((await response.text()).length).toBeGreaterThan(100_000);
  });
});
