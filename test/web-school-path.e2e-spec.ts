import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import printed from '../templates/i18n/kk.json';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS } from './support/browser';
import { Key, pattern, say, sayAny } from './support/catalogue';
import { PASSWORD, unique } from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { decodeBarcodes, pdfPageCount, pdfText } from './support/pdf';
import { afterAll, beforeAll, describe, expect, it, openPage, serve, signIn } from './support/web';

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
  let page: Page;
  let base: string;
  const postcode = String(100000 + Math.floor(Math.random() * 899999));
  const school = unique('Көктал мектебі ');
  const director = unique('dir.');
  const teacher = unique('teach.');
  const topic = unique('Зат есім ');
  const screens: string[] = [];

  beforeAll(async ({ browser }) => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_school_path'),
      WORKER: 'on',
    });
    base = await serve(app);
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
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

  const nav = (key: Key) => openScreen(page, say(key));
  const field = (key: Key) => page.getByLabel(say(key), { exact: true });
  const save = () => page.getByRole('button', { name: say('common.save') }).click();

  async function download(button: Key): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: say(button) })
        .first()
        .click(),
    ]);
    return readFileSync(await file.path());
  }

  it('lets the admin add an office, a school and its director', async () => {
    await signIn(page, base, TEST_ADMIN.login, { password: TEST_ADMIN.password });
    await check('home-admin');
    await nav('nav.offices');
    await field('offices.postcode').fill(postcode);
    await field('offices.name').fill('Көктал бөлімшесі');
    await field('offices.address').fill('Абай көшесі, 1');
    await field('offices.locality').fill('Көктал');
    await save();
    await page.getByText(say('offices.created')).waitFor();

    await nav('nav.schools');
    await page.getByLabel(say('schools.name')).fill(school);
    await page.getByLabel(say('schools.region')).fill('Алматы облысы');
    await page.getByLabel(say('schools.locality')).fill('Көктал');
    await page.getByLabel(say('schools.address')).fill('Мектеп көшесі, 5');
    // Kazpost has thousands of branches: the picker asks the service for those typed.
    await page.getByRole('searchbox').fill(postcode);
    await page.getByLabel(say('schools.postOfficeId')).selectOption({
      label: `${postcode} — Көктал бөлімшесі, Көктал`,
    });
    await save();
    await page.getByText(say('schools.created')).waitFor();
    await page.getByRole('cell', { name: school }).waitFor();
    await check('schools');

    await nav('nav.staff');
    await field('staff.fullName').fill('Серікова Айгүл');
    await page.getByLabel(say('staff.role')).selectOption('director');
    await field('staff.school').last().selectOption({ label: school });
    await field('staff.login').fill(TEST_ADMIN.login);
    await page.getByLabel(say('staff.password')).fill(PASSWORD);
    await save();
    // A login already taken: the refusal comes in Kazakh and what was typed stays.
    await page.getByRole('alert').getByText(say('errors.staff.login_taken')).waitFor();
    await expect(field('staff.fullName')).toHaveValue('Серікова Айгүл');
    await field('staff.login').fill(director);
    await save();
    await page.getByText(say('staff.created')).waitFor();
    await page.getByRole('cell', { name: director }).waitFor();
    await check('staff');
  });

  it('lets the director open a class and import its roster once the preview is clean', async () => {
    await signIn(page, base, director, { firstTime: true });
    await nav('nav.staff');
    await field('staff.fullName').fill('Нұрланов Ерлан');
    await page.getByLabel(say('staff.role')).selectOption('teacher');
    await field('staff.login').fill(teacher);
    await page.getByLabel(say('staff.password')).fill(PASSWORD);
    await save();
    await page.getByText(say('staff.created')).waitFor();

    await nav('nav.classes');
    await page.getByLabel(say('classes.grade')).fill('5');
    await page.getByLabel(say('classes.letter')).fill('Ә');
    await page.getByLabel(say('classes.classTeacher')).selectOption({ label: 'Нұрланов Ерлан' });
    await save();
    await page.getByText(say('classes.created')).waitFor();
    await check('classes');
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: say('classes.heading', { label: '5 Ә' }) }).waitFor();

    const choose = (bad: boolean) =>
      page.getByLabel(say('roster.choose')).setInputFiles({
        name: 'roster.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(roster(postcode, bad)),
      });
    await choose(true);
    await page.getByText(say('roster.bad', { count: 2 })).waitFor();
    const badCells = page.locator('.roster-problems td.bad-cell');
    await expect(badCells).toHaveCount(2);
    await expect(badCells.first()).toContainText('12-34');
    await expect(page.getByRole('button', { name: sayAny('roster.import') })).toHaveCount(0);
    await check('roster-preview');

    await choose(false);
    await page.getByText(say('roster.ready', { count: 25 })).waitFor();
    await page.getByRole('button', { name: say('roster.import', { count: 25 }) }).click();
    await page.getByText(say('roster.imported', { count: 25, updated: 0, unchanged: 0 })).waitFor();
    await page.getByText(say('pupils.count', { count: 25 })).waitFor();
    await check('class-page');
  });

  it('lets a teacher write a Kazakh case, see its pages, dispatch it and print', async () => {
    await signIn(page, base, teacher, { firstTime: true });
    await check('home-teacher');
    await nav('nav.cases');
    await page.getByRole('link', { name: say('cases.new') }).click();
    await page.getByLabel(say('cases.subject')).selectOption({ label: 'Қазақ тілі' });
    await field('cases.topic').fill(topic);
    await page.getByLabel(say('editor.textbook')).fill('Қазақ тілі. 5-сынып');
    await page.getByLabel(say('editor.pages')).fill('45-47');
    await page
      .getByLabel(say('editor.summary'))
      .fill('Зат есім септік жалғауларымен түрленеді: үй, үйдің, үйге.');
    const question = (n: number) =>
      page.getByLabel(`${say('editor.question')} ${n}`, { exact: true });
    await question(1).fill('Зат есім дегеніміз не?');
    await page
      .getByRole('button', {
        name: say('list.add', { item: say('editor.question').toLowerCase() }),
      })
      .click();
    await question(2).fill('Қазақ тілінде неше септік бар?');
    await page.getByLabel(say('editor.feedback')).fill('Жауаптарды поштаға тапсырыңыз.');
    await page.getByLabel(say('editor.minutes')).fill('40');
    await page.getByText(say('editor.tooLong', { grade: 5, limit: 30 })).waitFor();
    // The pages beside the form are the service's PDF of the case as typed, redrawn when
    // typing pauses (headless Chromium has no PDF viewer to draw them in the screenshot).
    const drawn = page.waitForResponse(
      (r) =>
        r.url().endsWith('/cases/preview.pdf') &&
        (r.request().postData() ?? '').includes('"estimatedMinutes":30'),
    );
    await page.getByLabel(say('editor.minutes')).fill('30');
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
    await page.getByRole('button', { name: say('common.save') }).focus();
    await page.keyboard.press('Enter');
    // Saved, the case stays open for its pictures and the next packet; the library lists it.
    await page.getByRole('status').filter({ hasText: say('editor.saved') }).waitFor();
    await page.getByRole('heading', { name: say('editor.editTitle') }).waitFor();
    await nav('nav.cases');
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    await page.getByLabel(say('cases.search')).fill(topic.slice(0, 12));
    await page.getByRole('cell', { name: topic }).waitFor();
    await check('case-library');

    await nav('nav.dispatch');
    // Nothing ticked yet: the confirm button says at each group what it lacks.
    const send = page.getByRole('button', { name: say('dispatch.send') });
    await send.click();
    await page.getByText(say('dispatch.needClasses')).waitFor();
    await page.getByText(say('dispatch.needCases')).waitFor();
    await page.getByLabel(`5 Ә (${say('language.kk')})`).check();
    await page.getByText(say('dispatch.needClasses')).waitFor({ state: 'detached' });
    await page.getByLabel(new RegExp(topic)).check();
    await page
      .getByText(
        pattern(say('dispatch.confirm', { packets: 25, classes: '{classes}', date: '{date}' })),
      )
      .waitFor();
    await check('dispatch');
    await send.click();
    await page.getByText(say('print.ready', { total: 25 })).waitFor({ timeout: 30_000 });
    await check('print');
    const run = await download('print.download');
    const perPacket = (await pdfPageCount(run)) / 25;
    expect(Number.isInteger(perPacket) && perPacket % 2 === 0).toBe(true);
    expect(await decodeBarcodes(run, 1)).toHaveLength(1);
    expect(await pdfText(run, { first: 1, last: 1 })).toContain('Оқушы 01 Қайратұлы');
    const manifest = await download('print.manifestPdf');
    expect(await pdfText(manifest)).toContain(printed.manifestTotal.replace('{count}', '25'));
  });

  it('looked at every screen it passed', () => {
    expect(screens).toHaveLength(11);
  });
});
