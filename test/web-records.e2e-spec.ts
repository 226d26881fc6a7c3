import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { defaultAnswerLines } from '@/rendering/answer-lines';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS } from './support/browser';
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

/**
 * Records made earlier are opened, corrected, archived and restored on their screens at
 * 1024 px: a case (its printed pages beside the form), a post office, a school and a class.
 */
describe('web app: correcting and archiving records (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let caseId: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 1 });
    caseId = (await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world))).id;
    page = await openPage(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string, password = PASSWORD) => signInAs(page, base, login, { password });

  const row = (text: string) => page.getByRole('row').filter({ hasText: text });

  /** Archives the record named in its row, finds it among the archived, and restores it. */
  async function archiveAndRestore(name: string, showArchived: string): Promise<void> {
    await row(name)
      .getByRole('button', { name: say('records.archive') })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await page.getByLabel(showArchived).check();
    await row(name)
      .getByRole('button', { name: say('records.restore') })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await page.getByLabel(showArchived).uncheck();
    await row(name).waitFor();
  }

  async function noSeriousViolations(): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
  }

  it('opens a saved case with its pages beside the form, saves an edit, archives and restores it', async () => {
    const [question1] = caseBody(world).questions as string[];
    await signIn(world.teacher.login);
    await page.goto(`${base}/app/cases/${caseId}`);
    await page.getByRole('heading', { name: say('editor.editTitle') }).waitFor();
    const pages = page.getByRole('group', { name: say('editor.previewFrame') });
    await pages.getByRole('img').first().waitFor();
    const form = await page.getByRole('form', { name: say('editor.form') }).boundingBox();
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
    const pictures = page.getByRole('group', { name: say('editor.addPicture') });
    await pictures.getByLabel(say('editor.pictureFile')).setInputFiles({
      name: 'picture.png',
      mimeType: 'image/png',
      buffer: Buffer.from('not a picture'),
    });
    await pictures.getByLabel(say('editor.newPictureCaption')).fill('Сурет 1. Үшбұрыш');
    await pictures.getByRole('button', { name: say('editor.addPicture') }).click();
    await pictures.getByText(say('errors.case_image.not_an_image')).waitFor();
    await pictures.getByLabel(say('editor.pictureFile')).setInputFiles({
      name: 'triangle.png',
      mimeType: 'image/png',
      buffer: pngPicture(300, 200),
    });
    await pictures.getByRole('button', { name: say('editor.addPicture') }).click();
    const shown = page.getByRole('img', { name: say('editor.pictureAlt', { number: 1 }) });
    await shown.waitFor();
    // Drawn, not a broken picture: the browser decoded the grey PNG.
    await expect
      .poll(() => shown.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBe(300);
    await page
      .getByRole('group', { name: say('editor.pictures') })
      .screenshot({ path: join(ARTIFACTS, 'web-case-pictures.png') });
    expect(await page.getByLabel(say('editor.pictureCaption', { number: 1 })).inputValue()).toBe(
      'Сурет 1. Үшбұрыш',
    );
    await noSeriousViolations();
    // Removing a picture is asked first.
    await page.getByRole('button', { name: say('editor.removePicture') }).click();
    await page.getByText(say('editor.removePictureAsk', { number: 1 })).waitFor();
    await page.getByRole('button', { name: say('editor.removePictureYes', { number: 1 }) }).click();
    await shown.waitFor({ state: 'detached' });
    await noSeriousViolations();
    await page
      .getByRole('group', { name: say('editor.questions') })
      .screenshot({ path: join(ARTIFACTS, 'web-case-answer-lines.png') });
    const topic = unique('Түзетілген тақырып ');
    await page.getByLabel(say('cases.topic'), { exact: true }).fill(topic);
    await page.getByRole('button', { name: say('common.save') }).click();
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: say('cases.saved', { topic }) })
      .waitFor();
    await page.getByRole('cell', { name: topic }).waitFor();
    const saved = await get<{ topic: string; questions: string[]; answerLines: number[] }>(
      app,
      world.teacher.token,
      `/cases/${caseId}`,
    );
    expect(saved.topic).toBe(topic);
    expect(saved.answerLines).toEqual([...saved.questions.slice(0, 2).map(defaultAnswerLines), 14]);

    await row(topic)
      .getByRole('link', { name: say('cases.edit') })
      .click();
    expect(await lines(3).inputValue()).toBe('14');
    await page.getByRole('button', { name: say('records.archive') }).click();
    await page.getByText(say('editor.archivedNote')).waitFor();
    await page.goto(`${base}/app/cases`);
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    await page.getByLabel(say('cases.showArchived')).check();
    await row(topic)
      .getByRole('button', { name: say('records.restore') })
      .click();
    await row(topic).waitFor({ state: 'detached' });
    await page.getByLabel(say('cases.showArchived')).uncheck();
    await page.getByRole('cell', { name: topic }).waitFor();
  });

  it('keeps the subject across a language change or says why it is empty; a new case opens saved; a copy brings its pictures', async () => {
    await page.goto(`${base}/app/cases/new`);
    await page.getByRole('heading', { name: say('editor.newTitle') }).waitFor();
    const subject = page.getByLabel(say('cases.subject'), { exact: true });
    const language = page.locator('#case-language');
    await subject.selectOption({ label: 'Математика' });
    await language.selectOption('ru');
    // Once the Russian-medium grade 5 subjects show (Russian literature among them), mathematics
    // is still chosen: they study it too.
    await subject.getByRole('option', { name: 'Орыс әдебиеті', exact: true }).waitFor({
      state: 'attached',
    });
    expect(await subject.inputValue()).toBe('mathematics');
    await language.selectOption('kk');
    await subject.selectOption({ label: 'Қазақ тілі' });
    await language.selectOption('ru');
    // It does not study "Kazakh language" (it has Kazakh language and literature): said why.
    const dropped = say('editor.subjectDropped', {
      subject: 'Қазақ тілі',
      grade: 5,
      language: say('language.ru'),
    });
    await page.getByText(dropped).waitFor();
    expect(await subject.inputValue()).toBe('');
    // Saving now says what is wrong, at the field, which comes into focus.
    await page.getByRole('button', { name: say('common.save') }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: say('errors.request.invalid') })
      .waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('case-subject');
    await noSeriousViolations();

    await language.selectOption('kk');
    await subject.selectOption({ label: 'Қазақ тілі' });
    const body = caseBody(world);
    const topic = unique('Суретті кейс ');
    await page.getByLabel(say('cases.topic'), { exact: true }).fill(topic);
    await page.getByLabel(say('editor.textbook')).fill('Қазақ тілі. 5-сынып');
    await page.getByLabel(say('editor.pages')).fill('12-14');
    await page.getByLabel(say('editor.summary')).fill(body.summary as string);
    await page.getByLabel(`${say('editor.question')} 1`, { exact: true }).fill('Сұрақ?');
    await page.getByLabel(say('editor.feedback')).fill(body.feedback as string);
    await page.getByRole('button', { name: say('common.save') }).click();
    // Saved, it stays open: pictures and the next packet are on the same screen.
    await page
      .getByRole('status')
      .filter({ hasText: say('editor.saved') })
      .waitFor();
    await page.getByRole('heading', { name: say('editor.editTitle') }).waitFor();
    await page.getByRole('region', { name: say('schedule.nextPackets') }).waitFor();
    const saved = /\/cases\/([0-9a-f-]{36})/.exec(page.url())![1];
    const pictures = page.getByRole('group', { name: say('editor.addPicture') });
    await pictures.getByLabel(say('editor.pictureFile')).setInputFiles({
      name: 'circle.png',
      mimeType: 'image/png',
      buffer: pngPicture(240, 240),
    });
    await pictures.getByLabel(say('editor.newPictureCaption')).fill('Сурет 1. Шеңбер');
    await pictures.getByRole('button', { name: say('editor.addPicture') }).click();
    await page.getByRole('img', { name: say('editor.pictureAlt', { number: 1 }) }).waitFor();

    await page.goto(`${base}/app/cases/new?from=${saved}`);
    await page.getByRole('heading', { name: say('editor.copyTitle') }).waitFor();
    await page.getByText(say('editor.picturesCopied', { count: 1 })).waitFor();
    // A copy for another language says which of its texts to translate.
    await language.selectOption('ky');
    const translate = say('editor.translateCopy', {
      from: say('language.kk'),
      to: say('language.ky'),
      pictures: 1,
    });
    await page.getByText(translate).waitFor();
    await subject.selectOption({ label: 'Қырғыз тілі' });
    await page.getByLabel(say('cases.topic'), { exact: true }).fill(`${topic} (2)`);
    await page.getByRole('button', { name: say('common.save') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('editor.saved') })
      .waitFor();
    await page.getByRole('img', { name: say('editor.pictureAlt', { number: 1 }) }).waitFor();
    // No class learns grade 5 in Kyrgyz here: said so, not "no date set yet".
    await page
      .getByText(say('schedule.noClassFor', { grade: 5, language: say('language.ky') }))
      .waitFor();
    const copy = /\/cases\/([0-9a-f-]{36})/.exec(page.url())![1];
    expect(copy).not.toBe(saved);
    const copied = await get<{ topic: string; images: { caption: string }[] }>(
      app,
      world.teacher.token,
      `/cases/${copy}`,
    );
    expect(copied).toMatchObject({
      topic: `${topic} (2)`,
      images: [{ caption: 'Сурет 1. Шеңбер' }],
    });
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
    await page.getByLabel(say('offices.search')).fill(office.postcode);
    await row(office.name)
      .getByRole('button', { name: say('records.edit') })
      .click();
    const name = unique('Түзетілген бөлімше ');
    const edit = page.getByRole('form', { name: say('records.editOne', { name: office.name }) });
    await edit.getByLabel(say('offices.name'), { exact: true }).fill(name);
    await edit.getByRole('button', { name: say('offices.save') }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();

    const create = page.getByRole('form', { name: say('offices.create') });
    await create.getByLabel(say('offices.postcode'), { exact: true }).fill(office.postcode);
    await create.getByLabel(say('offices.name'), { exact: true }).fill('Қайталанған');
    await create.getByLabel(say('offices.address'), { exact: true }).fill('Абай 4');
    await create.getByLabel(say('offices.locality'), { exact: true }).fill('Тау');
    await create.getByRole('button', { name: say('offices.save') }).click();
    const postcode = create.getByLabel(say('offices.postcode'), { exact: true });
    await page
      .getByText(say('errors.post_office.postcode_taken', { postcode: office.postcode }))
      .first()
      .waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await postcode.getAttribute('aria-describedby'))!.split(' ');
    const note = await page.locator(`[id="${describedBy.at(-1)}"]`).innerText();
    expect(note).toBe(say('errors.post_office.postcode_taken', { postcode: office.postcode }));

    await archiveAndRestore(name, say('records.showArchived'));
    await noSeriousViolations();
  });

  it('lets the admin correct a school, archive and restore it', async () => {
    const school = await get<{ name: string }>(app, world.admin, `/schools/${world.schoolId}`);
    await page.goto(`${base}/app/schools`);
    await row(school.name)
      .getByRole('button', { name: say('records.edit') })
      .click();
    const name = unique('Түзетілген мектеп ');
    const edit = page.getByRole('form', { name: say('records.editOne', { name: school.name }) });
    await edit.getByLabel(say('schools.name'), { exact: true }).fill(name);
    await edit.getByRole('button', { name: say('common.save') }).click();
    await page.getByRole('cell', { name, exact: true }).waitFor();
    await archiveAndRestore(name, say('records.showArchived'));
  });

  it('lets the director correct a class’s language, archive and restore it', async () => {
    await signIn(world.director.login);
    await page.goto(`${base}/app/classes`);
    const label = '5 Ә';
    await row(label)
      .getByRole('button', { name: say('records.edit') })
      .click();
    const edit = page.getByRole('form', { name: say('records.editOne', { name: label }) });
    await edit.getByLabel(say('classes.language')).selectOption('ru');
    await edit.getByRole('button', { name: say('common.save') }).click();
    await row(label)
      .getByRole('cell', { name: say('language.ru') })
      .waitFor();
    await archiveAndRestore(label, say('records.showArchived'));
    await noSeriousViolations();
  });
});
