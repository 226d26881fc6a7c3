import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { defaultAnswerLines } from '@/rendering/answer-lines';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  caseBody,
  createSchoolWorld,
  get,
  officePostcode,
  PASSWORD,
  post,
  SchoolWorld,
  unique,
} from './support/factories';
import { pngPicture } from './support/pictures';

const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
const say = (key: string, values: Record<string, string | number> = {}): string =>
  kk[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/**
 * Records made earlier are opened, corrected, archived and restored on their screens at
 * 1024 px: a case (its printed pages beside the form), a post office, a school and a class.
 */
describe('web app: correcting and archiving records (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let caseId: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 1 });
    caseId = (await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world))).id;
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  async function signIn(login: string, password = PASSWORD): Promise<void> {
    await page.goto(`${base}/app/`);
    const signOut = page.getByRole('button', { name: kk.signOut });
    // The app first restores any session: wait until it shows the sign-in form or a
    // signed-in header, or a late header would hide the form from the next step.
    await signOut.or(page.locator('input[type="password"]')).first().waitFor();
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel(kk['signIn.login']).fill(login);
    await page.getByLabel(kk['signIn.password']).fill(password);
    await page.getByRole('button', { name: kk['signIn.submit'] }).click();
    await page.getByRole('heading', { name: kk['home.greeting'] }).waitFor();
  }

  const row = (text: string) => page.getByRole('row').filter({ hasText: text });

  /** Archives the record named in its row, finds it among the archived, and restores it. */
  async function archiveAndRestore(name: string, showArchived: string): Promise<void> {
    await row(name).getByRole('button', { name: kk['records.archive'] }).click();
    await row(name).waitFor({ state: 'detached' });
    await page.getByLabel(showArchived).check();
    await row(name).getByRole('button', { name: kk['records.restore'] }).click();
    await row(name).waitFor({ state: 'detached' });
    await page.getByLabel(showArchived).uncheck();
    await row(name).waitFor();
  }

  async function noSeriousViolations(): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  }

  it('opens a saved case with its pages beside the form, saves an edit, archives and restores it', async () => {
    const [question1] = caseBody(world).questions as string[];
    await signIn(world.teacher.login);
    await page.goto(`${base}/app/cases/${caseId}`);
    await page.getByRole('heading', { name: kk['editor.editTitle'] }).waitFor();
    const pages = page.getByRole('group', { name: kk['editor.previewFrame'] });
    await pages.getByRole('img').first().waitFor();
    const form = await page.getByRole('form', { name: kk['editor.form'] }).boundingBox();
    const drawn = await pages.getByRole('img').first().boundingBox();
    expect(drawn!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
    expect(drawn!.width).toBeGreaterThan(300);
    await page.screenshot({ path: join(ARTIFACTS, 'web-case-editor-1024.png') });

    // Each question shows the answer lines it prints by default; the third asks for a week.
    const lines = (n: number) => page.getByLabel(say('editor.answerLines', { number: n }));
    expect(await lines(1).inputValue()).toBe('');
    expect(await lines(1).getAttribute('placeholder')).toBe(String(defaultAnswerLines(question1)));
    await lines(3).fill('14');

    // A picture: a fake one is refused at the form, a real one shows, then goes again.
    const pictures = page.getByRole('group', { name: kk['editor.addPicture'] });
    await pictures.getByLabel(kk['editor.pictureFile']).setInputFiles({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a picture'),
    });
    await pictures.getByLabel(kk['editor.newPictureCaption']).fill('Сурет 1. Үшбұрыш');
    await pictures.getByRole('button', { name: kk['editor.addPicture'] }).click();
    await pictures.getByText(kk['errors.case_image.not_an_image']).waitFor();
    await pictures.getByLabel(kk['editor.pictureFile']).setInputFiles({
      name: 'triangle.png',
      mimeType: 'image/png',
      buffer: pngPicture(300, 200),
    });
    await pictures.getByRole('button', { name: kk['editor.addPicture'] }).click();
    const shown = page.getByRole('img', { name: say('editor.pictureAlt', { number: 1 }) });
    await shown.waitFor();
    // Drawn, not a broken picture: the browser decoded the grey PNG.
    await expect
      .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(300);
    await page
      .getByRole('group', { name: kk['editor.pictures'] })
      .screenshot({ path: join(ARTIFACTS, 'web-case-pictures.png') });
    expect(await page.getByLabel(say('editor.pictureCaption', { number: 1 })).inputValue()).toBe(
      'Сурет 1. Үшбұрыш',
    );
    await noSeriousViolations();
    await page.getByRole('button', { name: kk['editor.removePicture'] }).click();
    await shown.waitFor({ state: 'detached' });
    await noSeriousViolations();
    await page
      .getByRole('group', { name: kk['editor.questions'] })
      .screenshot({ path: join(ARTIFACTS, 'web-case-answer-lines.png') });
    const topic = unique('Түзетілген тақырып ');
    await page.getByLabel(kk['cases.topic'], { exact: true }).fill(topic);
    await page.getByRole('button', { name: kk['common.save'] }).click();
    await page.getByRole('heading', { name: kk['cases.title'] }).waitFor();
    await page.getByRole('cell', { name: topic }).waitFor();
    const saved = await get<{ topic: string; questions: string[]; answerLines: number[] }>(
      app,
      world.teacher.token,
      `/cases/${caseId}`,
    );
    expect(saved.topic).toBe(topic);
    expect(saved.answerLines).toEqual([...saved.questions.slice(0, 2).map(defaultAnswerLines), 14]);

    await row(topic).getByRole('link', { name: kk['cases.edit'] }).click();
    expect(await lines(3).inputValue()).toBe('14');
    await page.getByRole('button', { name: kk['records.archive'] }).click();
    await page.getByText(kk['editor.archivedNote']).waitFor();
    await page.goto(`${base}/app/cases`);
    await page.getByRole('heading', { name: kk['cases.title'] }).waitFor();
    await page.getByLabel(kk['cases.showArchived']).check();
    await row(topic).getByRole('button', { name: kk['records.restore'] }).click();
    await row(topic).waitFor({ state: 'detached' });
    await page.getByLabel(kk['cases.showArchived']).uncheck();
    await page.getByRole('cell', { name: topic }).waitFor();
  });

  it('lets the admin correct an office, says a taken postcode at its field, archives and restores', async () => {
    const office = await post<{ id: string; postcode: string; name: string }>(
      app,
      world.admin,
      '/post-offices',
      { postcode: officePostcode(), name: unique('Бөлімше '), address: 'Абай 3', locality: 'Тау' },
    );
    await signIn(TEST_ADMIN.login, TEST_ADMIN.password);
    await page.goto(`${base}/app/offices`);
    await page.getByLabel(kk['offices.search']).fill(office.postcode);
    await row(office.name).getByRole('button', { name: kk['records.edit'] }).click();
    const name = unique('Түзетілген бөлімше ');
    const edit = page.getByRole('form', { name: say('records.editOne', { name: office.name }) });
    await edit.getByLabel(kk['offices.name'], { exact: true }).fill(name);
    await edit.getByRole('button', { name: kk['offices.save'] }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();

    const create = page.getByRole('form', { name: kk['offices.create'] });
    await create.getByLabel(kk['offices.postcode'], { exact: true }).fill(office.postcode);
    await create.getByLabel(kk['offices.name'], { exact: true }).fill('Қайталанған');
    await create.getByLabel(kk['offices.address'], { exact: true }).fill('Абай 4');
    await create.getByLabel(kk['offices.locality'], { exact: true }).fill('Тау');
    await create.getByRole('button', { name: kk['offices.save'] }).click();
    const postcode = create.getByLabel(kk['offices.postcode'], { exact: true });
    await page
      .getByText(say('errors.post_office.postcode_taken', { postcode: office.postcode }))
      .first()
      .waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby'))!.split(' ');
    const note = await page.locator(`[id="${describedBy.at(-1)}"]`).innerText();
    expect(note).toBe(say('errors.post_office.postcode_taken', { postcode: office.postcode }));

    await archiveAndRestore(name, kk['records.showArchived']);
    await noSeriousViolations();
  });

  it('lets the admin correct a school, archive and restore it', async () => {
    const school = await get<{ name: string }>(app, world.admin, `/schools/${world.schoolId}`);
    await page.goto(`${base}/app/schools`);
    await row(school.name).getByRole('button', { name: kk['records.edit'] }).click();
    const name = unique('Түзетілген мектеп ');
    const edit = page.getByRole('form', { name: say('records.editOne', { name: school.name }) });
    await edit.getByLabel(kk['schools.name'], { exact: true }).fill(name);
    await edit.getByRole('button', { name: kk['common.save'] }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
    await archiveAndRestore(name, kk['records.showArchived']);
  });

  it('lets the director correct a class’s language, archive and restore it', async () => {
    await signIn(world.director.login);
    await page.goto(`${base}/app/classes`);
    const label = '5 Ә';
    await row(label).getByRole('button', { name: kk['records.edit'] }).click();
    const edit = page.getByRole('form', { name: say('records.editOne', { name: label }) });
    await edit.getByLabel(kk['classes.language']).selectOption('ru');
    await edit.getByRole('button', { name: kk['common.save'] }).click();
    await row(label).getByRole('cell', { name: kk['language.ru'] }).waitFor();
    await archiveAndRestore(label, kk['records.showArchived']);
    await noSeriousViolations();
  });
});
