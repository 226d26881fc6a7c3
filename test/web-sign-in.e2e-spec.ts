import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { say as kk, wordsIn } from './support/catalogue';
import { createSchoolWorld, PASSWORD, SchoolWorld, server } from './support/factories';
import { openScreen } from './support/nav';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  seriousViolations,
  serve,
} from './support/web';

const ru = wordsIn('ru');
const ky = wordsIn('ky');

/** The staff web app's first screens, in Debian's Chromium, through the real API. */
describe('web app: sign in (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 0 });
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('opens in Kazakh, refuses a wrong password in Kazakh and keeps what was typed', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: kk('signIn.title') }).waitFor();
    expect(page.url()).toBe(`${base}/app/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel(kk('signIn.login')).fill(world.teacher.login);
    await page.getByLabel(kk('signIn.password')).fill('not-the-password');
    await page.getByRole('button', { name: kk('signIn.submit') }).click();
    await expect(page.getByRole('alert')).toHaveText(kk('errors.auth.bad_credentials'));
    await expect(page.getByLabel(kk('signIn.login'))).toHaveValue(world.teacher.login);
    await page.screenshot({ path: join(ARTIFACTS, 'web-sign-in.png') });
  });

  it('switches to Russian and remembers it after a reload', async () => {
    await page.getByLabel(kk('language.label')).selectOption('ru');
    await page.getByRole('heading', { name: ru('signIn.title') }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: ru('signIn.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  });

  it('signs in by keyboard alone and shows what the role does next', async () => {
    await page.getByLabel(ru('signIn.login')).fill('');
    await page.getByLabel(ru('signIn.login')).focus();
    await page.keyboard.type(world.teacher.login);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: ru('home.greeting') }).waitFor();
    await expect(page.getByText(ru('home.role', { role: ru('role.teacher') }))).toHaveCount(1);
    // The teacher's class has no pupils yet: that comes first.
    await expect(page.getByText(ru('next.pupils'))).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-home.png') });
  });

  it('opens a bookmarked screen of the app after a reload', async () => {
    await page.goto(`${base}/app/cases/new`);
    await page.getByRole('heading', { name: ru('editor.newTitle') }).waitFor();
  });

  it('asks to sign in again when the session ends, keeping what was typed on the screen', async () => {
    const topic = page.getByLabel(ru('cases.topic'), { exact: true });
    const summary = page.getByLabel(ru('editor.summary'));
    await topic.fill('Дроби и проценты');
    // The session ends on the server (a new password was set for the account elsewhere).
    await request(server(app))
      .post('/auth/password')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ currentPassword: PASSWORD, newPassword: PASSWORD })
      .expect(204);
    await summary.fill('Дробь — часть целого.');
    // The next call to the API (the subjects of Kyrgyz classes) meets the ended session.
    await page.locator('#case-language').selectOption('ky');
    const dialog = page.getByRole('dialog', { name: ru('signIn.title') });
    await dialog.waitFor();
    await expect(dialog.getByText(ru('signIn.expired'))).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByLabel(ru('signIn.login')).fill(world.teacher.login);
    await dialog.getByLabel(ru('signIn.password')).fill(PASSWORD);
    await dialog.getByRole('button', { name: ru('signIn.submit') }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(topic).toHaveValue('Дроби и проценты');
    await expect(summary).toHaveValue('Дробь — часть целого.');
  });

  it('sends signed-out people back to sign in, in the language they chose', async () => {
    await page.getByRole('button', { name: ru('signOut') }).click();
    await page.getByRole('heading', { name: ru('signIn.title') }).waitFor();
  });

  it('switches to Kyrgyz for the staff of Kyrgyz-medium classes, screens and dates alike', async () => {
    // The switcher names each language in itself: Кыргызча on a Russian screen too.
    await page.getByLabel(ru('language.label')).selectOption({ label: ky('language.ky') });
    await page.getByRole('heading', { name: ky('signIn.title') }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ky');
    await page.getByLabel(ky('signIn.login')).fill(world.teacher.login);
    await page.getByLabel(ky('signIn.password')).fill(PASSWORD);
    await page.getByRole('button', { name: ky('signIn.submit') }).click();
    // Back at the case editor the same teacher left open, now in Kyrgyz.
    await page.getByRole('heading', { name: ky('editor.newTitle') }).waitFor();
    await page.getByRole('navigation', { name: ky('nav.label') }).waitFor();

    await openScreen(page, ky('nav.cases'));
    await page.getByRole('heading', { name: ky('cases.title') }).waitFor();
    await expect(page).toHaveTitle(`${ky('cases.title')} · ${ky('app.title')}`);
    expect(await seriousViolations(page)).toEqual([]);

    await openScreen(page, ky('nav.dispatch'));
    await page.getByRole('heading', { name: ky('dispatch.title') }).waitFor();
    // The return date reads as Kyrgyz paperwork writes it, 19.12.2026.
    await expect(page.getByLabel(ky('dispatch.returnDueOn'))).toHaveValue(/^\d{2}\.\d{2}\.\d{4}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-kyrgyz-dispatch.png'), fullPage: true });
    // Kyrgyz words fit a phone as the Kazakh ones do: nothing spills sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: ky('dispatch.title') }).waitFor();
    await page.getByRole('button', { name: ky('nav.menu') }).waitFor();
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
