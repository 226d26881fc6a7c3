import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { formatPhone } from '@/directory/phone';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import {
  appointCollector,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
  scan,
  unique,
} from './support/factories';
import { openScreen } from './support/nav';
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
  signIn as signInAs,
} from './support/web';

/** A catalogue message as the Kazakh screen shows it. */

/**
 * A class teacher's week with the pupils, in the browser: the roster template downloaded and
 * filled with its Kazakh headers, imported from the parsed preview, imported again with a
 * corrected phone; a pupil corrected, marked as left and brought back; a paper reviewed with a
 * bad mark first.
 */
describe('web app: pupils and reviews (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  const names = [unique('Әлиев Нұр '), unique('Қасымова Ая '), unique('Үсенов Ілияс ')];

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 0 });
    page = await openPage(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string) => signInAs(page, base, login);
  async function check(name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }
  const choose = (csv: string) =>
    page.getByLabel(say('roster.choose')).setInputFiles({
      name: 'roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });

  it('imports the downloaded Kazakh template, from the preview of what the service read, twice', async () => {
    await signIn(world.director.login);
    await openScreen(page, say('nav.classes'));
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: say('classes.heading', { label: '5 Ә' }) }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('roster.templateKk') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(say('roster.templateFileKk'));
    const template = readFileSync(await download.path(), 'utf8');
    expect(template.startsWith('\uFEFF')).toBe(true);
    const header = template.slice(1).split('\r\n')[0];
    expect(header).toBe(
      'Аты-жөні;Мекенжайы;Индекс;Пошта бөлімшесі;Жеткізу;Ата-анасы;Ата-анасының телефоны',
    );
    const rows = (phone: string) =>
      names.map(
        (name, i) =>
          `${name};Көктал, Абай к. ${i + 1};${world.pupilOfficePostcode};${world.pupilOfficePostcode};үйге дейін;Ата-ана;${phone}${i}`,
      );
    await choose(`\uFEFF${header}\r\n${rows('8 701 555 00 0').join('\r\n')}\r\n`);
    await page.getByText(say('roster.ready', { count: 3 })).waitFor();
    // The preview shows each cell as the service read it, and what the row will do.
    await page
      .getByText(say('roster.goodRows', { count: 3 }))
      .first()
      .click();
    const first = page.getByRole('row', { name: new RegExp(names[0]) });
    await first.getByRole('cell', { name: 'үйге дейін' }).waitFor();
    await first.getByRole('cell', { name: say('roster.outcome.add') }).waitFor();
    await check('roster-template-preview');
    await page.getByRole('button', { name: say('roster.import', { count: 3 }) }).click();
    await page.getByText(say('roster.imported', { count: 3, updated: 0, unchanged: 0 })).waitFor();

    const corrected = rows('8 701 555 00 0');
    corrected[1] = corrected[1].replace('8 701 555 00 01', '8 702 999 11 22');
    await choose(`\uFEFF${header}\r\n${corrected.join('\r\n')}\r\n`);
    await page.getByText(say('roster.plan', { update: 1, unchanged: 2, left: 0 })).waitFor();
    await page.getByRole('button', { name: say('roster.importUpdates', { count: 1 }) }).click();
    await page.getByText(say('roster.imported', { count: 0, updated: 1, unchanged: 2 })).waitFor();
    // The class page shows the number in groups, as people read it.
    await page.getByRole('cell', { name: formatPhone('+77029991122') }).waitFor();
  });

  it('corrects a pupil, marks them as left and undoes it', async () => {
    const firstWord = names[2].split(' ')[0];
    await page.getByRole('button', { name: say('pupils.editOne', { name: firstWord }) }).click();
    const form = page.getByRole('form', { name: say('pupils.edit') });
    await form.getByLabel(say('pupils.address')).fill('Көктал, Бірлік к. 9');
    await form.getByRole('button', { name: say('common.save') }).click();
    await page.getByRole('cell', { name: /Көктал, Бірлік к\. 9/ }).waitFor();

    await page.getByRole('button', { name: say('pupils.markLeft', { name: firstWord }) }).click();
    const notice = page.getByRole('status').filter({
      hasText: say('pupils.markedLeft', { name: names[2] }),
    });
    await notice.waitFor();
    await page
      .getByRole('button', { name: say('pupils.bringBack', { name: firstWord }) })
      .waitFor();
    await notice.getByRole('button', { name: say('pupils.undo') }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: say('pupils.markLeft', { name: firstWord }) }).waitFor();
    await check('class-pupils');
  });

  it('marks a bad mark on its field in Kazakh, then saves the review', async () => {
    const lesson = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { subjectCode: 'mathematics' }),
    );
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [lesson.id], returnDueOn: daysFromNow(14) },
    );
    await appointCollector(app, world);
    const [code] = dispatch.packets.map((p) => p.code);
    for (const [event, token] of [
      ['posted', world.clerk.token],
      ['delivered', world.pupilClerk.token],
      ['return_received', world.pupilClerk.token],
      ['collected', world.teacher.token],
    ] as const) {
      const extra = event === 'collected' ? { postOfficeId: world.pupilOfficeId } : {};
      expect((await scan(app, token, { code, event, ...extra })).status).toBe(201);
    }
    await signIn(world.teacher.login);
    await openScreen(page, say('nav.reviews'));
    const mark = page.getByLabel(say('reviews.mark'));
    await mark.fill('11');
    await page.getByLabel(say('reviews.comment')).fill('Жақсы жұмыс');
    await page.getByRole('button', { name: say('reviews.save') }).click();
    await page.getByText(say('reviews.markRange')).waitFor();
    expect(await mark.getAttribute('aria-invalid')).toBe('true');
    await check('review-bad-mark');
    // The mark's words go as soon as the mark is changed, before saving again.
    await mark.fill('8');
    await page.getByText(say('reviews.markRange')).waitFor({ state: 'detached' });
    expect(await mark.getAttribute('aria-invalid')).toBeNull();
    await page.getByRole('button', { name: say('reviews.save') }).click();
    await page.getByText(say('reviews.waiting', { count: 0 })).waitFor();
  });

  it('asks before adding a namesake, from a roster or by hand', async () => {
    const header =
      'Аты-жөні;Мекенжайы;Индекс;Пошта бөлімшесі;Жеткізу;Ата-анасы;Ата-анасының телефоны';
    const namesake = (phone: string) =>
      `${names[0]};Көктал, Абай к. 7;${world.pupilOfficePostcode};${world.pupilOfficePostcode};үйге дейін;Басқа ата-ана;${phone}`;
    await signIn(world.director.login);
    await openScreen(page, say('nav.classes'));
    await page.getByRole('link', { name: '5 Ә' }).click();
    // The pupil on the list, and a second child of the same name with another guardian.
    const listed = `${names[0]};Көктал, Абай к. 1;${world.pupilOfficePostcode};${world.pupilOfficePostcode};үйге дейін;Ата-ана;8 701 555 00 00`;
    await choose(`\uFEFF${header}\r\n${listed}\r\n${namesake('8 705 123 45 67')}\r\n`);
    await page
      .getByText(say('roster.namesakeRows', { count: 1 }))
      .first()
      .waitFor();
    const importOne = page.getByRole('button', { name: say('roster.import', { count: 1 }) });
    expect(await importOne.isDisabled()).toBe(true);
    await page.getByLabel(say('roster.namesakesChecked')).check();
    await importOne.click();
    await page.getByText(say('roster.imported', { count: 1, updated: 0, unchanged: 1 })).waitFor();

    await page.getByText(say('pupils.add'), { exact: true }).click();
    const add = page.getByRole('form', { name: say('pupils.add') });
    await add.getByLabel(say('pupils.fullName'), { exact: true }).fill(names[0]);
    await add.getByLabel(say('pupils.address'), { exact: true }).fill('Көктал, Абай к. 8');
    await add.getByLabel(say('pupils.postcode'), { exact: true }).fill('A15E3C5');
    await add.getByLabel(say('pupils.guardianName'), { exact: true }).fill('Үшінші ата-ана');
    await add.getByLabel(say('pupils.guardianPhone'), { exact: true }).fill('8 705 765 43 21');
    await add.getByLabel(say('pupils.postOfficeId'), { exact: true }).selectOption({ index: 1 });
    await add.getByRole('button', { name: say('common.save') }).click();
    await add.getByRole('alert').waitFor();
    const fullName = add.getByLabel(say('pupils.fullName'), { exact: true });
    expect(await fullName.getAttribute('aria-invalid')).toBe('true');
    await add.getByLabel(say('pupils.confirmNamesake')).check();
    await add.getByRole('button', { name: say('common.save') }).click();
    await page.getByRole('cell', { name: names[0] }).nth(2).waitFor();
    await check('pupil-namesake');
  });
});
