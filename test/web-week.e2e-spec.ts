import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page, Response } from 'playwright-core';
import { formatMessage, Values } from '../web/src/i18n/format-message';
import { formatDate, localDay } from '../web/src/ui/format';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  adminToken,
  firstLogin,
  buildingPostcode,
  caseBody,
  createSchoolWorld,
  dispatchCodes,
  get,
  login as tokenOf,
  officePostcode,
  PASSWORD,
  post,
  SchoolWorld,
  scan,
  unique,
} from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { waitFor } from './support/wait';

/** The Kazakh catalogue: every word the suite looks for is found by its key. */
const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
/** The service's words for the roster template's columns. */
const roster = JSON.parse(
  readFileSync(join(__dirname, '..', 'templates', 'roster', 'kk.json'), 'utf8'),
) as { columns: Record<string, string>; delivery: Record<string, string> };
const t = (key: string, values: Values = {}): string => {
  if (!(key in kk)) throw new Error(`No catalogue key ${key}`);
  return formatMessage(kk[key], 'kk', values);
};
const exact = { exact: true };

/**
 * A school's week on screen, role by role in one browser: each role corrects, archives and
 * brings back what it made, imports a roster from the downloaded Kazakh template, hands the
 * shared PC to the next person (who sees none of the previous person's data), and opens every
 * screen of its navigation, each of which loads without a refused request and offers an
 * action or says why not.
 */
describe('web app: a week per role (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;
  let academic: { login: string };
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let codes: string[];
  /** Requests the page made to our service that the service refused or failed. */
  const refused: string[] = [];
  let inFlight = 0;

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_week') });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 2 });
    other = await createSchoolWorld(app, { pupils: 1 });
    const admin = await adminToken(app);
    academic = { login: unique('academic.').replace(/_/g, '-') };
    await post(app, admin, '/staff', {
      fullName: 'Оқу ісі Тестов',
      role: 'deputy_academic',
      login: academic.login,
      password: PASSWORD,
      schoolId: world.schoolId,
    });
    await firstLogin(app, academic.login);
    // Packets in the post, so the school has messages to its pupils' guardians.
    codes = await dispatchCodes(app, world);
    for (const code of codes) {
      expect((await scan(app, world.clerk.token, { code, event: 'posted' })).status).toBe(201);
      expect((await scan(app, world.pupilClerk.token, { code, event: 'arrived' })).status).toBe(
        201,
      );
    }
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    page.setDefaultTimeout(10_000);
    page.on('request', () => inFlight++);
    page.on('requestfinished', () => inFlight--);
    page.on('requestfailed', (request) => {
      inFlight--;
      refused.push(`${request.method()} ${request.url()} failed`);
    });
    page.on('response', (response: Response) => {
      if (response.status() >= 400)
        refused.push(`${response.request().method()} ${response.url()} ${response.status()}`);
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Waits until the page has no request of its own under way. */
  async function settled(): Promise<void> {
    let quiet = 0;
    await waitFor(
      () => (quiet = inFlight === 0 ? quiet + 1 : 0),
      (checks) => checks >= 3,
      {
        what: "the page's requests to end",
        intervalMs: 50,
      },
    );
  }

  async function signIn(login: string, password = PASSWORD): Promise<void> {
    const signOut = page.getByRole('button', { name: t('signOut'), exact: true });
    if (await signOut.isVisible()) await signOut.click();
    else await page.goto(`${base}/app/`);
    await page.getByLabel(t('signIn.login'), exact).fill(login);
    await page.getByLabel(t('signIn.password'), exact).fill(password);
    await page.getByRole('button', { name: t('signIn.submit'), exact: true }).click();
    // The header says who is signed in; the screen is the one left open, or home.
    await page.getByRole('button', { name: t('signOut'), exact: true }).waitFor();
    refused.length = 0;
  }

  async function noSeriousViolations(): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }

  /** The row naming a record; its buttons say what they do, the row says which record. */
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });
  /** The case editor's archive and delete buttons. */
  const records = () => page.getByRole('region', { name: t('records.manage') });

  /** Archives the record named in its row (gone from the list), restores it from the archived. */
  async function archiveAndRestore(name: string): Promise<void> {
    const showArchived = page.getByLabel(t('records.showArchived'), exact);
    await row(name)
      .getByRole('button', { name: t('records.archive'), exact: true })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await showArchived.check();
    await row(name)
      .getByRole('button', { name: t('records.restore'), exact: true })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await showArchived.uncheck();
    await row(name)
      .getByRole('button', { name: t('records.archive'), exact: true })
      .waitFor();
  }

  /** The names of the screens in the header's navigation, menus' screens included. */
  async function navigationScreens(): Promise<string[]> {
    const names = await page
      .getByRole('navigation')
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
    return names.filter((name) => name !== t('nav.home'));
  }

  /**
   * Every screen of the role: it loads with no refused request (a failed load is not an empty
   * list), offers something to do or says why not, and passes axe.
   */
  async function visitEveryScreen(expected: string[], whyNot: Record<string, string> = {}) {
    const names = await navigationScreens();
    expect(names.sort()).toEqual(expected.map((key) => t(key)).sort());
    for (const name of names) {
      refused.length = 0;
      await openScreen(page, name);
      await page.locator('main h1').waitFor();
      await settled();
      expect([name, refused]).toEqual([name, []]);
      const main = page.locator('main');
      const actions = main.locator(
        'button:enabled, a[href], input:enabled, select:enabled, textarea:enabled',
      );
      const reason = Object.entries(whyNot).find(([screen]) => t(screen) === name)?.[1];
      if (reason) await main.getByText(t(reason)).waitFor();
      else await expect.poll(() => actions.count(), { message: name }).toBeGreaterThan(0);
      await noSeriousViolations();
    }
  }

  describe('admin', () => {
    const postcode = officePostcode();
    let officeName = unique('Апта бөлімшесі ');
    let schoolName = unique('Апта мектебі ');

    it('adds an office and is refused a second office with the same postcode', async () => {
      await signIn('admin', 'test-admin-password');
      await openScreen(page, t('nav.offices'));
      const office = page.getByRole('form', { name: t('offices.create') });
      const fillOffice = async (name: string) => {
        await office.getByLabel(t('offices.postcode'), exact).fill(postcode);
        await office.getByLabel(t('offices.name'), exact).fill(name);
        await office.getByLabel(t('offices.address'), exact).fill('Абай көшесі, 7');
        await office.getByLabel(t('offices.locality'), exact).fill('Көктал');
        await office.getByRole('button', { name: t('offices.save') }).click();
      };
      await fillOffice(officeName);
      await office.getByRole('status').getByText(t('offices.created')).waitFor();
      await page.getByRole('cell', { name: officeName, exact: true }).waitFor();
      await fillOffice(unique('Екінші бөлімше '));
      await office.getByRole('alert').waitFor();
      expect(
        await office.getByLabel(t('offices.postcode'), exact).getAttribute('aria-invalid'),
      ).toBe('true');
    });

    it('corrects the office’s name, archives it and brings it back', async () => {
      await page.getByLabel(t('offices.search'), exact).fill(postcode);
      await row(officeName)
        .getByRole('button', { name: t('records.edit'), exact: true })
        .click();
      const edit = page.getByRole('form', { name: t('records.editOne', { name: officeName }) });
      officeName = unique('Түзетілген бөлімше ');
      await edit.getByLabel(t('offices.name'), exact).fill(officeName);
      await edit.getByRole('button', { name: t('offices.save') }).click();
      await page.getByRole('cell', { name: officeName, exact: true }).waitFor();
      await edit.waitFor({ state: 'detached' });
      await archiveAndRestore(officeName);
      await noSeriousViolations();
    });

    it('adds a school at the corrected office, corrects it, archives it and brings it back', async () => {
      await openScreen(page, t('nav.schools'));
      const school = page.getByRole('form', { name: t('schools.create') });
      await school.getByLabel(t('schools.name'), exact).fill(schoolName);
      await school.getByLabel(t('schools.region'), exact).fill('Алматы облысы');
      await school.getByLabel(t('schools.locality'), exact).fill('Көктал');
      await school.getByLabel(t('schools.address'), exact).fill('Мектеп көшесі, 9');
      // Kazpost has thousands of branches: the picker offers those matching what is typed.
      await school.getByLabel(t('offices.pickerSearch'), exact).fill(postcode);
      await school
        .getByLabel(t('schools.postOfficeId'), exact)
        .selectOption({ label: `${postcode} — ${officeName}, Көктал` });
      await school.getByRole('button', { name: t('common.save') }).click();
      await page.getByRole('cell', { name: schoolName, exact: true }).waitFor();

      await row(schoolName)
        .getByRole('button', { name: t('records.edit'), exact: true })
        .click();
      const edit = page.getByRole('form', { name: t('records.editOne', { name: schoolName }) });
      schoolName = unique('Түзетілген мектеп ');
      await edit.getByLabel(t('schools.name'), exact).fill(schoolName);
      await edit.getByLabel(t('schools.locality'), exact).fill('Жаңа Көктал');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await row(schoolName).getByRole('cell', { name: 'Жаңа Көктал', exact: true }).waitFor();
      await edit.waitFor({ state: 'detached' });
      await archiveAndRestore(schoolName);
      await noSeriousViolations();
    });

    it('corrects another school’s teacher’s name and role', async () => {
      await openScreen(page, t('nav.staff'));
      await page.getByLabel(t('staff.search'), exact).fill(other.teacher.login);
      const member = page.getByRole('row', { name: new RegExp(other.teacher.login) });
      await member.getByRole('button', { name: t('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', {
        name: t('records.editOne', { name: 'teacher Тестов' }),
      });
      await edit.getByLabel(t('staff.fullName'), exact).fill('Оразова Дана');
      await edit.getByLabel(t('staff.role'), exact).selectOption('deputy_academic');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await member.getByRole('cell', { name: 'Оразова Дана', exact: true }).waitFor();
      await member.getByRole('cell', { name: t('role.deputy_academic'), exact: true }).waitFor();
    });

    it('opens every screen of its navigation', async () => {
      await visitEveryScreen([
        'nav.offices',
        'nav.schools',
        'nav.staff',
        'nav.classes',
        'nav.audit',
      ]);
    });
  });

  describe('director', () => {
    it('adds a teacher, corrects the name, switches the account off and on, and sets a new password', async () => {
      await signIn(world.director.login);
      await openScreen(page, t('nav.staff'));
      const form = page.getByRole('form', { name: t('staff.create') });
      const login = unique('teacher.').replace(/_/g, '-');
      await form.getByLabel(t('staff.fullName'), exact).fill('Жана Мугалим');
      await form.getByLabel(t('staff.role'), exact).selectOption('teacher');
      await form.getByLabel(t('staff.login'), exact).fill(login);
      await form.getByLabel(t('staff.password'), exact).fill(PASSWORD);
      await form.getByRole('button', { name: t('common.save') }).click();
      const row = page.getByRole('row', { name: new RegExp(login) });
      await row.getByRole('cell', { name: t('staff.active'), exact: true }).waitFor();

      // The name typed wrong is corrected; a bad phone is refused at its field.
      await row.getByRole('button', { name: t('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', { name: t('records.editOne', { name: 'Жана Мугалим' }) });
      await edit.getByLabel(t('staff.fullName'), exact).fill('Жаңа Мұғалім');
      const phone = edit.getByLabel(t('staff.phone'), exact);
      await phone.fill('12-34');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await edit.getByRole('alert').first().waitFor();
      expect(await phone.getAttribute('aria-invalid')).toBe('true');
      await phone.fill('8 701 555 44 33');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await row.getByRole('cell', { name: 'Жаңа Мұғалім', exact: true }).waitFor();
      await row.getByRole('button', { name: t('staff.deactivate') }).click();
      await row.getByRole('cell', { name: t('staff.inactive'), exact: true }).waitFor();
      await row.getByRole('button', { name: t('staff.reactivate') }).click();
      await row.getByRole('cell', { name: t('staff.active'), exact: true }).waitFor();
      await row.getByRole('button', { name: t('staff.resetPassword') }).click();
      await row.getByLabel(t('staff.newPassword')).fill('another-good-password');
      await row.getByRole('button', { name: t('common.save') }).click();
      await row.getByText(t('staff.passwordSet')).waitFor();
      await noSeriousViolations();
    });

    it('opens a class, adds a pupil, corrects the pupil, marks them left and brings them back', async () => {
      await openScreen(page, t('nav.classes'));
      const classes = page.getByRole('form', { name: t('classes.create') });
      await classes.getByLabel(t('classes.grade'), exact).fill('6');
      await classes.getByLabel(t('classes.letter'), exact).fill('Б');
      await classes.getByRole('button', { name: t('common.save') }).click();
      await page.getByRole('link', { name: '6 Б', exact: true }).click();
      await page.getByText(t('pupils.add'), exact).click();
      const add = page.getByRole('form', { name: t('pupils.add') });
      await add.getByLabel(t('pupils.fullName'), exact).fill('Сапарова Әсел');
      await add.getByLabel(t('pupils.address'), exact).fill('Бірлік ауылы, 4');
      await add.getByLabel(t('pupils.postcode'), exact).fill(buildingPostcode());
      await add.getByLabel(t('pupils.guardianName'), exact).fill('Сапарова Гүлнар');
      await add.getByLabel(t('pupils.guardianPhone'), exact).fill('8 701 111 22 33');
      await add.getByLabel(t('pupils.postOfficeId'), exact).selectOption({ index: 1 });
      await add.getByRole('button', { name: t('common.save') }).click();
      await page.getByRole('cell', { name: 'Сапарова Әсел' }).waitFor();

      await page.getByRole('button', { name: t('pupils.editOne', { name: 'Сапарова' }) }).click();
      const edit = page.getByRole('form', { name: t('pupils.edit') });
      await edit.getByLabel(t('pupils.fullName'), exact).fill('Сапарова Әсем');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await page.getByRole('cell', { name: 'Сапарова Әсем' }).waitFor();
      await expect.poll(() => page.getByRole('cell', { name: 'Сапарова Әсел' }).count()).toBe(0);

      await page.getByRole('button', { name: t('pupils.markLeft', { name: 'Сапарова' }) }).click();
      await page.getByRole('button', { name: t('pupils.bringBack', { name: 'Сапарова' }) }).click();
      await page
        .getByRole('button', { name: t('pupils.markLeft', { name: 'Сапарова' }) })
        .waitFor();
      await page.getByText(t('pupils.count', { count: 1 })).waitFor();
      await noSeriousViolations();
    });

    it('corrects the class’s teacher and language, archives it and brings it back', async () => {
      await openScreen(page, t('nav.classes'));
      const label = '6 Б';
      const classRow = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: label, exact: true }) });
      await classRow.getByRole('button', { name: t('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', { name: t('records.editOne', { name: label }) });
      await edit
        .getByLabel(t('classes.classTeacher'), exact)
        .selectOption({ label: 'Жаңа Мұғалім' });
      await edit.getByLabel(t('classes.language'), exact).selectOption('ru');
      await edit.getByRole('button', { name: t('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await classRow.getByRole('cell', { name: t('language.ru'), exact: true }).waitFor();
      await classRow.getByRole('cell', { name: 'Жаңа Мұғалім', exact: true }).waitFor();
      await archiveAndRestore(label);
      // The class keeps its pupil through the archive.
      await page.getByRole('link', { name: label, exact: true }).click();
      await page.getByRole('cell', { name: 'Сапарова Әсем' }).waitFor();
      await noSeriousViolations();
    });

    it('corrects a case of its own, archives it, brings it back and deletes it unsent', async () => {
      await caseLifecycle(world.director.token);
    });

    it('appoints a collector, hands the duty to another teacher, ends it and appoints again', async () => {
      await openScreen(page, t('nav.duties'));
      const form = page.getByRole('form', { name: t('duties.appoint') });
      const appoint = async () => {
        await form.getByLabel(t('duties.teacher'), exact).selectOption(world.teacher.id);
        // Offered: the offices the school's pupils get their packets at, found by the service.
        await form.getByRole('checkbox', { name: new RegExp(world.pupilOfficePostcode) }).check();
        await form.getByRole('button', { name: t('duties.appointButton') }).click();
      };
      // No office ticked: the button says so at the offices, and ticking one takes it away.
      await form.getByRole('button', { name: t('duties.appointButton') }).click();
      await form.getByText(t('duties.needOffices')).waitFor();
      await form.getByRole('checkbox', { name: new RegExp(world.pupilOfficePostcode) }).check();
      await form.getByText(t('duties.needOffices')).waitFor({ state: 'detached' });
      // Dates read and are typed as 19.12.2026; a day that does not exist is said at the field.
      const startsOn = form.getByLabel(t('duties.startsOn'));
      expect(await startsOn.inputValue()).toBe(formatDate(localDay()));
      await startsOn.fill('31.02.2027');
      await appoint();
      await form.getByText(t('date.impossible', { text: '31.02.2027' })).waitFor();
      await startsOn.fill(formatDate(localDay()));
      await appoint();
      await form
        .getByRole('status')
        .getByText(t('duties.appointed', { date: formatDate(localDay()) }))
        .waitFor();
      // A card is named by its teacher and its kind of duty (collecting, or carrying by hand).
      const card = (name: string) =>
        page.getByRole('article', { name: `${name} — ${t('duties.kind.collect')}`, exact: true });
      const ended = (name: string) =>
        page.getByRole('article', {
          name: `${name} — ${t('duties.kind.collect')} (${t('duties.ended')})`,
          exact: true,
        });
      const handOver = card('teacher Тестов').getByRole('form', { name: t('duties.handOver') });
      await handOver
        .getByLabel(t('duties.handOverTo'), exact)
        .selectOption({ label: 'Жаңа Мұғалім' });
      await handOver.getByRole('button', { name: t('duties.handOver') }).click();
      await ended('teacher Тестов').waitFor();
      const taken = card('Жаңа Мұғалім');
      await taken.getByRole('button', { name: t('duties.end'), exact: true }).click();
      await taken.getByRole('button', { name: t('duties.endConfirm'), exact: true }).click();
      await ended('Жаңа Мұғалім').waitFor();
      // The ended duties free the office: the collector is appointed to it again.
      await appoint();
      await card('teacher Тестов').waitFor();
      await noSeriousViolations();
    });

    it('opens every screen of its navigation', async () => {
      await visitEveryScreen([
        'nav.staff',
        'nav.classes',
        'nav.cases',
        'nav.dispatch',
        'nav.schedule',
        'nav.reviews',
        'nav.packets',
        'nav.duties',
        'nav.round',
        'nav.messages',
        'nav.reports',
        'nav.audit',
      ]);
    });

    it('hands the PC to another school’s director, who sees none of the first school’s messages', async () => {
      await openScreen(page, t('nav.messages'));
      const phone = page.getByRole('table').getByRole('row').nth(1);
      await phone.waitFor();
      const firstSchoolRows = await page.getByRole('table').getByRole('row').count();
      expect(firstSchoolRows).toBeGreaterThan(1);
      await signIn(other.director.login);
      await openScreen(page, t('nav.messages'));
      await page.getByText(t('messages.count', { shown: 0, total: 0 })).waitFor();
      await settled();
      await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(1);
    });
  });

  /** A case through the library and the editor: corrected, archived, restored, deleted. */
  async function caseLifecycle(token: string): Promise<void> {
    const topic = unique('Апта кейсі ');
    await post(app, token, '/cases', caseBody(world, { topic }));
    await openScreen(page, t('nav.cases'));
    await page
      .getByRole('row', { name: new RegExp(topic) })
      .getByRole('link', { name: t('cases.edit') })
      .click();
    await page.getByRole('heading', { name: t('editor.editTitle') }).waitFor();
    const corrected = `${topic} (түзетілген)`;
    await page.getByLabel(t('cases.topic'), exact).fill(corrected);
    await page.getByRole('button', { name: t('common.save'), exact: true }).click();
    await page.getByRole('heading', { name: t('cases.title') }).waitFor();
    await row(corrected)
      .getByRole('link', { name: t('cases.edit') })
      .click();
    await records()
      .getByRole('button', { name: t('records.archive'), exact: true })
      .click();
    await records().getByRole('status').getByText(t('editor.archivedNote')).waitFor();
    await openScreen(page, t('nav.cases'));
    await settled();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(topic) }).count()).toBe(0);
    await page.getByLabel(t('cases.showArchived')).check();
    const archivedRow = row(corrected);
    await archivedRow.getByRole('button', { name: t('records.restore'), exact: true }).click();
    await archivedRow.waitFor({ state: 'detached' });
    await page.getByLabel(t('cases.showArchived')).uncheck();
    await row(corrected)
      .getByRole('link', { name: t('cases.edit') })
      .click();
    await records()
      .getByRole('button', { name: t('records.delete'), exact: true })
      .click();
    await records()
      .getByRole('button', { name: t('records.deleteConfirm'), exact: true })
      .click();
    await page.getByRole('heading', { name: t('cases.title') }).waitFor();
    await settled();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(topic) }).count()).toBe(0);
    await noSeriousViolations();
  }

  describe('academic deputy', () => {
    it('corrects a case of its own, archives it, brings it back and deletes it unsent', async () => {
      await signIn(academic.login);
      await caseLifecycle(await tokenOf(app, academic.login));
    });

    it('opens every screen; collection duty says who appoints', async () => {
      await visitEveryScreen(
        [
          'nav.classes',
          'nav.cases',
          'nav.dispatch',
          'nav.schedule',
          'nav.reviews',
          'nav.packets',
          'nav.duties',
          'nav.messages',
          'nav.reports',
        ],
        { 'nav.duties': 'duties.whoAppoints' },
      );
    });
  });

  describe('deputy for upbringing', () => {
    it('opens every screen of its navigation', async () => {
      await signIn(world.deputy.login);
      await visitEveryScreen([
        'nav.classes',
        'nav.dispatch',
        'nav.reviews',
        'nav.packets',
        'nav.duties',
        'nav.round',
        'nav.messages',
        'nav.reports',
      ]);
    });
  });

  describe('teacher', () => {
    it('imports a roster from the downloaded template with Kazakh headers', async () => {
      await signIn(world.teacher.login);
      await openScreen(page, t('nav.classes'));
      await page.getByRole('link', { name: '5 Ә', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t('roster.templateKk') }).click(),
      ]);
      const template = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
      const [header, example] = template.split(/\r?\n/);
      const separator = header.includes(';') ? ';' : ',';
      const headers = header.split(separator).map((cell) => cell.replace(/"/g, ''));
      // The headers are the service's Kazakh words for the columns, none left in English.
      const columnOf = new Map(Object.entries(roster.columns).map(([key, word]) => [word, key]));
      expect(headers.every((word) => columnOf.has(word))).toBe(true);
      expect(example).toBeTruthy();
      const pupilOffice = await get<{ postcode: string }>(
        app,
        world.teacher.token,
        `/post-offices/${world.pupilOfficeId}`,
      );
      const value: Record<string, string> = {
        fullName: 'Төлегенов Ерасыл',
        address: 'Бірлік ауылы, 12',
        postcode: pupilOffice.postcode,
        postOffice: pupilOffice.postcode,
        delivery: roster.delivery.pickup,
        guardianName: 'Төлегенова Айгүл',
        guardianPhone: '8 702 333 44 55',
      };
      // The example row replaced by a pupil, as a teacher fills the template in.
      const cells = headers.map((word) => `"${value[columnOf.get(word) ?? ''] ?? ''}"`);
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = join(ARTIFACTS, 'web-week-roster.csv');
      writeFileSync(file, `\uFEFF${header}\r\n${cells.join(separator)}\r\n`);
      await page.setInputFiles('#roster-file', file);
      await page.getByText(t('roster.ready', { count: 1 })).waitFor();
      await page.getByRole('button', { name: t('roster.import', { count: 1 }) }).click();
      await page.getByText(t('roster.imported', { count: 1, updated: 0, unchanged: 0 })).waitFor();
      await page.getByRole('cell', { name: 'Төлегенов Ерасыл' }).waitFor();
      await noSeriousViolations();
    });

    it('corrects a case of its own, archives it, brings it back and deletes it unsent', async () => {
      await caseLifecycle(world.teacher.token);
    });

    it('opens every screen of its navigation', async () => {
      await visitEveryScreen([
        'nav.classes',
        'nav.cases',
        'nav.dispatch',
        'nav.reviews',
        'nav.packets',
        'nav.round',
        'nav.messages',
      ]);
    });
  });

  describe('clerk', () => {
    it('scans at the station, then the next clerk at the same PC sees none of those scans', async () => {
      await signIn(world.clerk.login);
      await openScreen(page, t('nav.station'));
      await page.getByLabel(t('station.event'), exact).selectOption('posted');
      const input = page.getByLabel(t('round.code'), exact);
      await input.fill(codes[0]);
      await input.press('Enter');
      await page.getByText(codes[0]).waitFor();
      await page.getByText(t('station.waiting', { count: 0 })).waitFor();
      await noSeriousViolations();

      await signIn(world.pupilClerk.login);
      await openScreen(page, t('nav.station'));
      await page.getByText(t('station.waiting', { count: 0 })).waitFor();
      await expect.poll(() => page.getByText(codes[0]).count()).toBe(0);
    });

    it('opens every screen of its navigation', async () => {
      await visitEveryScreen(['nav.station', 'nav.waiting']);
    });
  });

  describe('at 390 px', () => {
    it('the teacher’s class, the director’s messages and the clerk’s station fit and pass axe', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(world.teacher.login);
      await openScreen(page, t('nav.classes'));
      await page.getByRole('link', { name: '5 Ә', exact: true }).click();
      await page.getByRole('heading', { name: t('roster.title') }).waitFor();
      await noSeriousViolations();
      await signIn(world.director.login);
      await openScreen(page, t('nav.messages'));
      await settled();
      expect(refused).toEqual([]);
      await noSeriousViolations();
      await signIn(world.clerk.login);
      await openScreen(page, t('nav.station'));
      await settled();
      await noSeriousViolations();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
