import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import { caseBody, createSchoolWorld, get, post, SchoolWorld } from './support/factories';
import { decodeBarcodes, pdfPageCount } from './support/pdf';
import { openScreen } from './support/nav';

/**
 * The school's screens beyond the first path, in Russian: a pupil refused then corrected,
 * a class that already exists, staff switched off and on, a case copied, a whole grade sent
 * and printed as one PDF, and the class's dispatch history.
 */
describe('web app: the school’s screens in Russian (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let lessonTopic: string;
  let classA: string;

  beforeAll(async () => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_school_screens'),
      WORKER: 'on',
    });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 3, letter: 'Ә' });
    const { id: second } = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 5,
      letter: 'А',
      language: 'kk',
    });
    await post(app, world.teacher.token, '/students', {
      classId: second,
      fullName: 'Әлиев Нұрсұлтан',
      address: 'Бірлік ауылы, 1',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Әлиева Гүлнар',
      guardianPhone: '8 701 234 56 78',
    });
    classA = second;
    const lesson = caseBody(world);
    lessonTopic = lesson.topic as string;
    await post(app, world.teacher.token, '/cases', lesson);
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/app/`);
    await page.getByLabel('Тіл').selectOption('ru');
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  async function signIn(login: string): Promise<void> {
    await page.goto(`${base}/app/`);
    const signOut = page.getByRole('button', { name: 'Выйти' });
    // The app first restores any session: wait until it shows the sign-in form or a
    // signed-in header, or a late header would hide the form from the next step.
    await signOut.or(page.locator('input[type="password"]')).first().waitFor();
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Пароль').fill('a-good-password-1');
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByRole('heading', { name: 'Добро пожаловать' }).waitFor();
  }

  const nav = (name: string) => openScreen(page, name);

  async function noSeriousViolations(): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  }

  it('refuses a second 5 Ә and a pupil with a bad phone, then adds the corrected pupil', async () => {
    await signIn(world.director.login);
    await nav('Классы');
    await page.getByLabel('Класс (0–12)').fill('5');
    await page.getByLabel('Литера').fill('ә');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('alert').getByText('Такой класс в школе уже есть.').waitFor();

    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByText('Добавить ученика').click();
    const form = page.getByRole('form', { name: 'Добавить ученика' });
    await form.getByLabel('ФИО').fill('Жаңа Оқушы');
    await form.getByLabel('Адрес').fill('Бірлік ауылы, 9');
    await form.getByLabel('Индекс').fill('A15E3C5');
    await form.getByLabel('Родитель', { exact: true }).fill('Жаңа Ана');
    await form.getByLabel('Телефон родителя').fill('12');
    await form.getByLabel('Ближайшее почтовое отделение').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByLabel('Телефон родителя').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('ФИО').inputValue()).toBe('Жаңа Оқушы');
    await form.getByLabel('Телефон родителя').fill('8 701 555 44 33');
    await form.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Учеников: 4').waitFor();
    await page.getByRole('cell', { name: 'Жаңа Оқушы' }).waitFor();
    await noSeriousViolations();
  });

  it('switches a teacher’s account off and on and sets a new password', async () => {
    await nav('Сотрудники');
    const row = page.getByRole('row', { name: new RegExp(world.teacher.login) });
    await row.getByRole('button', { name: 'Отключить' }).click();
    await row.getByRole('cell', { name: 'Отключён' }).waitFor();
    await row.getByRole('button', { name: 'Включить' }).click();
    await row.getByRole('cell', { name: 'Активен' }).waitFor();
    await row.getByRole('button', { name: 'Новый пароль' }).click();
    await row.getByLabel('Новый пароль (не короче 10 знаков)').fill('a-good-password-1');
    await row.getByRole('button', { name: 'Сохранить' }).click();
    await row.getByText('Пароль изменён.', { exact: false }).waitFor();
    await noSeriousViolations();
    await page.screenshot({ path: join(ARTIFACTS, 'web-staff-ru.png'), fullPage: true });
  });

  it('copies a case with every field, to adapt and save as a new one', async () => {
    await signIn(world.teacher.login);
    await nav('Кейсы');
    await page
      .getByRole('row', { name: new RegExp(lessonTopic) })
      .getByRole('link', { name: 'Сделать копию' })
      .click();
    await page.getByRole('heading', { name: /Копия кейса/ }).waitFor();
    expect(await page.getByLabel('Тема', { exact: true }).inputValue()).toBe(lessonTopic);
    expect(await page.getByLabel('Вопрос 3', { exact: true }).inputValue()).toBe(
      'Үш мысал келтіріңіз: үй, өзен, ұя.',
    );
    await page.getByLabel('Тема', { exact: true }).fill(`${lessonTopic} (2)`);
    await page.getByRole('button', { name: 'Сохранить' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Библиотека кейсов' }).waitFor();
    // The original and its copy, both in the library.
    await page.getByRole('row', { name: new RegExp(`${lessonTopic} \\(2\\)`) }).waitFor();
    await expect
      .poll(() => page.getByRole('row', { name: new RegExp(lessonTopic) }).count())
      .toBe(2);
  });

  it('says a case is not found when a link leads to one that is not there', async () => {
    await signIn(world.teacher.login);
    await page.goto(`${base}/app/cases/${randomUUID()}`);
    await page.getByRole('alert').filter({ hasText: 'Кейс не найден.' }).waitFor();
  });

  it('sends a whole grade and prints both classes as one PDF, 5 А before 5 Ә', async () => {
    await nav('Отправка и печать');
    await page.getByLabel('Вся параллель 5').check();
    await page.getByLabel(`${lessonTopic} — 5`, { exact: false }).first().check();
    await page.getByText('Будет отправлено: 5 отправлений; классы: 5 А, 5 Ә').waitFor();
    await page.getByRole('button', { name: 'Подтвердить и создать отправления' }).click();
    await page.getByText('Готово: 5 отправлений.').waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать PDF' }).click(),
    ]);
    const pdf = readFileSync(await file.path());
    const perPacket = (await pdfPageCount(pdf)) / 5;
    expect(Number.isInteger(perPacket)).toBe(true);
    // The teacher's old token ended when the account was switched off: ask as the director.
    const [sentToA] = (
      await get<{ items: { id: string }[] }>(
        app,
        world.director.token,
        `/dispatches?classId=${classA}`,
      )
    ).items;
    const packetsOfA = await get<{ packets: { code: string }[] }>(
      app,
      world.director.token,
      `/dispatches/${sentToA.id}`,
    );
    expect(await decodeBarcodes(pdf, 1)).toEqual([packetsOfA.packets[0].code]);
    await noSeriousViolations();
  });

  it('shows the class’s dispatch history with its status counts', async () => {
    await nav('Классы');
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: 'История отправок' }).waitFor();
    await page.getByRole('cell', { name: 'создано: 4' }).waitFor();
    await noSeriousViolations();
    await page.screenshot({ path: join(ARTIFACTS, 'web-class-history-ru.png'), fullPage: true });
    // Printed, the page is its lists: no header, buttons or forms on the paper.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button').first().isVisible()).toBe(false);
    expect(await page.getByRole('cell', { name: 'Жаңа Оқушы' }).isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'web-class-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
