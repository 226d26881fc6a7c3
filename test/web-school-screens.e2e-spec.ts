import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { Key, pattern, say as kk, wordsIn } from './support/catalogue';
import { caseBody, createSchoolWorld, get, post, SchoolWorld } from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { decodeBarcodes, pdfPageCount } from './support/pdf';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  seriousViolations,
  serve,
  signIn as signInAs,
} from './support/web';

const say = wordsIn('ru');

/**
 * The school's screens beyond the first path, in Russian: a pupil refused then corrected,
 * a class that already exists, staff switched off and on, a case copied, a whole grade sent
 * and printed as one PDF, and the class's dispatch history.
 */
describe('web app: the school’s screens in Russian (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let lessonTopic: string;
  let classA: string;

  beforeAll(async ({ browser }) => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_school_screens'),
      WORKER: 'on',
    });
    base = await serve(app);
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
    page = await openPage(browser);
    await page.goto(`${base}/app/`);
    await page.getByLabel(kk('language.label')).selectOption('ru');
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string, firstTime = false) =>
    signInAs(page, base, login, { language: 'ru', firstTime });
  const nav = (key: Key) => openScreen(page, say(key));
  const noSeriousViolations = async () => expect(await seriousViolations(page)).toEqual([]);
  const saveButton = { name: say('common.save') };

  it('refuses a second 5 Ә and a pupil with a bad phone, then adds the corrected pupil', async () => {
    await signIn(world.director.login);
    await nav('nav.classes');
    await page.getByLabel(say('classes.grade')).fill('5');
    await page.getByLabel(say('classes.letter')).fill('ә');
    await page.getByRole('button', saveButton).click();
    await page.getByRole('alert').getByText(say('errors.class.exists')).waitFor();

    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByText(say('pupils.add')).click();
    const form = page.getByRole('form', { name: say('pupils.add') });
    const phone = form.getByLabel(say('pupils.guardianPhone'));
    await form.getByLabel(say('pupils.fullName')).fill('Жаңа Оқушы');
    await form.getByLabel(say('pupils.address')).fill('Бірлік ауылы, 9');
    await form.getByLabel(say('pupils.postcode')).fill('A15E3C5');
    await form.getByLabel(say('pupils.guardianName'), { exact: true }).fill('Жаңа Ана');
    await phone.fill('12');
    await form.getByLabel(say('pupils.postOfficeId')).selectOption({ index: 1 });
    await form.getByRole('button', saveButton).click();
    await form.getByRole('alert').waitFor();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByLabel(say('pupils.fullName'))).toHaveValue('Жаңа Оқушы');
    await phone.fill('8 701 555 44 33');
    await form.getByRole('button', saveButton).click();
    await page.getByText(say('pupils.count', { count: 4 })).waitFor();
    await page.getByRole('cell', { name: 'Жаңа Оқушы' }).waitFor();
    await noSeriousViolations();
  });

  it('switches a teacher’s account off and on and sets a new password', async () => {
    await nav('nav.staff');
    const row = page.getByRole('row', { name: new RegExp(world.teacher.login) });
    await row.getByRole('button', { name: say('staff.deactivate') }).click();
    await row.getByRole('cell', { name: say('staff.inactive') }).waitFor();
    await row.getByRole('button', { name: say('staff.reactivate') }).click();
    await row.getByRole('cell', { name: say('staff.active') }).waitFor();
    await row.getByRole('button', { name: say('staff.resetPassword') }).click();
    await row.getByLabel(say('staff.newPassword')).fill('a-good-password-1');
    await row.getByRole('button', saveButton).click();
    await row.getByText(say('staff.passwordSet')).waitFor();
    await noSeriousViolations();
    await page.screenshot({ path: join(ARTIFACTS, 'web-staff-ru.png'), fullPage: true });
  });

  it('copies a case with every field, to adapt and save as a new one', async () => {
    // The director set the teacher's password above: the app first asks for the teacher's own.
    await signIn(world.teacher.login, true);
    await nav('nav.cases');
    await page
      .getByRole('row', { name: new RegExp(lessonTopic) })
      .getByRole('link', { name: say('cases.duplicate') })
      .click();
    await page.getByRole('heading', { name: say('editor.copyTitle') }).waitFor();
    const topic = page.getByLabel(say('cases.topic'), { exact: true });
    await expect(topic).toHaveValue(lessonTopic);
    await expect(page.getByLabel(`${say('editor.question')} 3`, { exact: true })).toHaveValue(
      'Үш мысал келтіріңіз: үй, өзен, ұя.',
    );
    await topic.fill(`${lessonTopic} (2)`);
    await page.getByRole('button', saveButton).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: say('editor.saved') }).waitFor();
    await nav('nav.cases');
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    // The original and its copy, both in the library.
    await page.getByRole('row', { name: new RegExp(`${lessonTopic} \\(2\\)`) }).waitFor();
    await expect(page.getByRole('row', { name: new RegExp(lessonTopic) })).toHaveCount(2);
  });

  it('says a case is not found when a link leads to one that is not there', async () => {
    await signIn(world.teacher.login);
    await page.goto(`${base}/app/cases/${randomUUID()}`);
    await page
      .getByRole('alert')
      .filter({ hasText: say('errors.case.not_found') })
      .waitFor();
  });

  it('sends a whole grade and prints both classes as one PDF, 5 А before 5 Ә', async () => {
    await nav('nav.dispatch');
    await page.getByLabel(say('dispatch.wholeGrade', { grade: 5 })).check();
    await page.getByLabel(`${lessonTopic} — 5`, { exact: false }).first().check();
    await page
      .getByText(
        pattern(say('dispatch.confirm', { packets: 5, classes: '5 А, 5 Ә', date: '{date}' })),
      )
      .waitFor();
    await page.getByRole('button', { name: say('dispatch.send') }).click();
    await page.getByText(say('print.ready', { total: 5 })).waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('print.download') }).click(),
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
    await nav('nav.classes');
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: say('history.title') }).waitFor();
    await page.getByRole('cell', { name: `${say('status.created')}: 4` }).waitFor();
    await noSeriousViolations();
    await page.screenshot({ path: join(ARTIFACTS, 'web-class-history-ru.png'), fullPage: true });
    // Printed, the page is its lists: no header, buttons or forms on the paper.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.getByRole('button').first()).toBeHidden();
    await expect(page.getByRole('cell', { name: 'Жаңа Оқушы' })).toBeVisible();
    await page.screenshot({ path: join(ARTIFACTS, 'web-class-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });
});
