import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page, Response } from '@playwright/test';
import rosterWords from '../templates/roster/kk.json';
import { formatDate, localDay } from '../web/src/ui/format';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
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
import { Key, say } from './support/catalogue';
import { waitFor } from './support/wait';
import { afterAll, beforeAll, describe, expect, it, openPage, serve } from './support/web';

/** The service's words for the roster template's columns. */
const roster: { columns: Record<string, string>; delivery: Record<string, string> } = rosterWords;
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
  let page: Page;
  let base: string;
  let codes: string[];
  /** Requests the page made to our service that the service refused or failed. */
  const refused: string[] = [];
  let inFlight = 0;

  beforeAll(async ({ browser }) => {
    it.setTimeout(120_000);
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_week') });
    base = await serve(app);
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
    page = await openPage(browser, { width: 1024, height: 768 });
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
  });
  afterAll(async () => {
    await page?.context().close();
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
    const signOut = page.getByRole('button', { name: say('signOut'), exact: true });
    if (await signOut.isVisible()) await signOut.click();
    else await page.goto(`${base}/app/`);
    await page.getByLabel(say('signIn.login'), exact).fill(login);
    await page.getByLabel(say('signIn.password'), exact).fill(password);
    await page.getByRole('button', { name: say('signIn.submit'), exact: true }).click();
    // The header says who is signed in; the screen is the one left open, or home.
    await page.getByRole('button', { name: say('signOut'), exact: true }).waitFor();
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
  const records = () => page.getByRole('region', { name: say('records.manage') });

  /** Archives the record named in its row (gone from the list), restores it from the archived. */
  async function archiveAndRestore(name: string): Promise<void> {
    const showArchived = page.getByLabel(say('records.showArchived'), exact);
    await row(name)
      .getByRole('button', { name: say('records.archive'), exact: true })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await showArchived.check();
    await row(name)
      .getByRole('button', { name: say('records.restore'), exact: true })
      .click();
    await row(name).waitFor({ state: 'detached' });
    await showArchived.uncheck();
    await row(name)
      .getByRole('button', { name: say('records.archive'), exact: true })
      .waitFor();
  }

  /** The names of the screens in the header's navigation, menus' screens included. */
  async function navigationScreens(): Promise<string[]> {
    const names = await page
      .getByRole('navigation')
      .locator('a')
      .evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
    return names.filter((name) => name !== say('nav.home'));
  }

  /**
   * Every screen of the role: it loads with no refused request (a failed load is not an empty
   * list), offers something to do or says why not, and passes axe.
   */
  async function visitEveryScreen(expected: Key[], whyNot: Partial<Record<Key, Key>> = {}) {
    const names = await navigationScreens();
    expect(names.sort()).toEqual(expected.map((key) => say(key)).sort());
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
      const reason = (Object.entries(whyNot) as [Key, Key][]).find(
        ([screen]) => say(screen) === name,
      )?.[1];
      if (reason) await main.getByText(say(reason)).waitFor();
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
      await openScreen(page, say('nav.offices'));
      const office = page.getByRole('form', { name: say('offices.create') });
      const fillOffice = async (name: string) => {
        await office.getByLabel(say('offices.postcode'), exact).fill(postcode);
        await office.getByLabel(say('offices.name'), exact).fill(name);
        await office.getByLabel(say('offices.address'), exact).fill('Абай көшесі, 7');
        await office.getByLabel(say('offices.locality'), exact).fill('Көктал');
        await office.getByRole('button', { name: say('offices.save') }).click();
      };
      await fillOffice(officeName);
      await office.getByRole('status').getByText(say('offices.created')).waitFor();
      await page.getByRole('cell', { name: officeName, exact: true }).waitFor();
      await fillOffice(unique('Екінші бөлімше '));
      await office.getByRole('alert').waitFor();
      expect(
        await office.getByLabel(say('offices.postcode'), exact).getAttribute('aria-invalid'),
      ).toBe('true');
    });

    it('corrects the office’s name, archives it and brings it back', async () => {
      await page.getByLabel(say('offices.search'), exact).fill(postcode);
      await row(officeName)
        .getByRole('button', { name: say('records.edit'), exact: true })
        .click();
      const edit = page.getByRole('form', { name: say('records.editOne', { name: officeName }) });
      officeName = unique('Түзетілген бөлімше ');
      await edit.getByLabel(say('offices.name'), exact).fill(officeName);
      await edit.getByRole('button', { name: say('offices.save') }).click();
      await page.getByRole('cell', { name: officeName, exact: true }).waitFor();
      await edit.waitFor({ state: 'detached' });
      await archiveAndRestore(officeName);
      await noSeriousViolations();
    });

    it('adds a school at the corrected office, corrects it, archives it and brings it back', async () => {
      await openScreen(page, say('nav.schools'));
      const school = page.getByRole('form', { name: say('schools.create') });
      await school.getByLabel(say('schools.name'), exact).fill(schoolName);
      await school.getByLabel(say('schools.region'), exact).fill('Алматы облысы');
      await school.getByLabel(say('schools.locality'), exact).fill('Көктал');
      await school.getByLabel(say('schools.address'), exact).fill('Мектеп көшесі, 9');
      // Kazpost has thousands of branches: the picker offers those matching what is typed.
      await school.getByLabel(say('offices.pickerSearch'), exact).fill(postcode);
      await school
        .getByLabel(say('schools.postOfficeId'), exact)
        .selectOption({ label: `${postcode} — ${officeName}, Көктал` });
      await school.getByRole('button', { name: say('common.save') }).click();
      await page.getByRole('cell', { name: schoolName, exact: true }).waitFor();

      await row(schoolName)
        .getByRole('button', { name: say('records.edit'), exact: true })
        .click();
      const edit = page.getByRole('form', { name: say('records.editOne', { name: schoolName }) });
      schoolName = unique('Түзетілген мектеп ');
      await edit.getByLabel(say('schools.name'), exact).fill(schoolName);
      await edit.getByLabel(say('schools.locality'), exact).fill('Жаңа Көктал');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await row(schoolName).getByRole('cell', { name: 'Жаңа Көктал', exact: true }).waitFor();
      await edit.waitFor({ state: 'detached' });
      await archiveAndRestore(schoolName);
      await noSeriousViolations();
    });

    it('corrects another school’s teacher’s name and role', async () => {
      await openScreen(page, say('nav.staff'));
      await page.getByLabel(say('staff.search'), exact).fill(other.teacher.login);
      const member = page.getByRole('row', { name: new RegExp(other.teacher.login) });
      await member.getByRole('button', { name: say('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', {
        name: say('records.editOne', { name: 'teacher Тестов' }),
      });
      await edit.getByLabel(say('staff.fullName'), exact).fill('Оразова Дана');
      await edit.getByLabel(say('staff.role'), exact).selectOption('deputy_academic');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await member.getByRole('cell', { name: 'Оразова Дана', exact: true }).waitFor();
      await member.getByRole('cell', { name: say('role.deputy_academic'), exact: true }).waitFor();
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
      await openScreen(page, say('nav.staff'));
      const form = page.getByRole('form', { name: say('staff.create') });
      const login = unique('teacher.').replace(/_/g, '-');
      await form.getByLabel(say('staff.fullName'), exact).fill('Жана Мугалим');
      await form.getByLabel(say('staff.role'), exact).selectOption('teacher');
      await form.getByLabel(say('staff.login'), exact).fill(login);
      await form.getByLabel(say('staff.password'), exact).fill(PASSWORD);
      await form.getByRole('button', { name: say('common.save') }).click();
      const row = page.getByRole('row', { name: new RegExp(login) });
      await row.getByRole('cell', { name: say('staff.active'), exact: true }).waitFor();

      // The name typed wrong is corrected; a bad phone is refused at its field.
      await row.getByRole('button', { name: say('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', {
        name: say('records.editOne', { name: 'Жана Мугалим' }),
      });
      await edit.getByLabel(say('staff.fullName'), exact).fill('Жаңа Мұғалім');
      const phone = edit.getByLabel(say('staff.phone'), exact);
      await phone.fill('12-34');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await edit.getByRole('alert').first().waitFor();
      expect(await phone.getAttribute('aria-invalid')).toBe('true');
      await phone.fill('8 701 555 44 33');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await row.getByRole('cell', { name: 'Жаңа Мұғалім', exact: true }).waitFor();
      await row.getByRole('button', { name: say('staff.deactivate') }).click();
      await row.getByRole('cell', { name: say('staff.inactive'), exact: true }).waitFor();
      await row.getByRole('button', { name: say('staff.reactivate') }).click();
      await row.getByRole('cell', { name: say('staff.active'), exact: true }).waitFor();
      await row.getByRole('button', { name: say('staff.resetPassword') }).click();
      await row.getByLabel(say('staff.newPassword')).fill('another-good-password');
      await row.getByRole('button', { name: say('common.save') }).click();
      await row.getByText(say('staff.passwordSet')).waitFor();
      await noSeriousViolations();
    });

    it('opens a class, adds a pupil, corrects the pupil, marks them left and brings them back', async () => {
      await openScreen(page, say('nav.classes'));
      const classes = page.getByRole('form', { name: say('classes.create') });
      await classes.getByLabel(say('classes.grade'), exact).fill('6');
      await classes.getByLabel(say('classes.letter'), exact).fill('Б');
      await classes.getByRole('button', { name: say('common.save') }).click();
      await page.getByRole('link', { name: '6 Б', exact: true }).click();
      await page.getByText(say('pupils.add'), exact).click();
      const add = page.getByRole('form', { name: say('pupils.add') });
      await add.getByLabel(say('pupils.fullName'), exact).fill('Сапарова Әсел');
      await add.getByLabel(say('pupils.address'), exact).fill('Бірлік ауылы, 4');
      await add.getByLabel(say('pupils.postcode'), exact).fill(buildingPostcode());
      await add.getByLabel(say('pupils.guardianName'), exact).fill('Сапарова Гүлнар');
      await add.getByLabel(say('pupils.guardianPhone'), exact).fill('8 701 111 22 33');
      await add.getByLabel(say('pupils.postOfficeId'), exact).selectOption({ index: 1 });
      await add.getByRole('button', { name: say('common.save') }).click();
      await page.getByRole('cell', { name: 'Сапарова Әсел' }).waitFor();

      await page.getByRole('button', { name: say('pupils.editOne', { name: 'Сапарова' }) }).click();
      const edit = page.getByRole('form', { name: say('pupils.edit') });
      await edit.getByLabel(say('pupils.fullName'), exact).fill('Сапарова Әсем');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await page.getByRole('cell', { name: 'Сапарова Әсем' }).waitFor();
      await expect(page.getByRole('cell', { name: 'Сапарова Әсел' })).toHaveCount(0);

      await page
        .getByRole('button', { name: say('pupils.markLeft', { name: 'Сапарова' }) })
        .click();
      await page
        .getByRole('button', { name: say('pupils.bringBack', { name: 'Сапарова' }) })
        .click();
      await page
        .getByRole('button', { name: say('pupils.markLeft', { name: 'Сапарова' }) })
        .waitFor();
      await page.getByText(say('pupils.count', { count: 1 })).waitFor();
      await noSeriousViolations();
    });

    it('corrects the class’s teacher and language, archives it and brings it back', async () => {
      await openScreen(page, say('nav.classes'));
      const label = '6 Б';
      const classRow = page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name: label, exact: true }) });
      await classRow.getByRole('button', { name: say('records.edit'), exact: true }).click();
      const edit = page.getByRole('form', { name: say('records.editOne', { name: label }) });
      await edit
        .getByLabel(say('classes.classTeacher'), exact)
        .selectOption({ label: 'Жаңа Мұғалім' });
      await edit.getByLabel(say('classes.language'), exact).selectOption('ru');
      await edit.getByRole('button', { name: say('common.save') }).click();
      await edit.waitFor({ state: 'detached' });
      await classRow.getByRole('cell', { name: say('language.ru'), exact: true }).waitFor();
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
      await openScreen(page, say('nav.duties'));
      const form = page.getByRole('form', { name: say('duties.appoint') });
      const appoint = async () => {
        await form.getByLabel(say('duties.teacher'), exact).selectOption(world.teacher.id);
        // Offered: the offices the school's pupils get their packets at, found by the service.
        await form.getByRole('checkbox', { name: new RegExp(world.pupilOfficePostcode) }).check();
        await form.getByRole('button', { name: say('duties.appointButton') }).click();
      };
      // No office ticked: the button says so at the offices, and ticking one takes it away.
      await form.getByRole('button', { name: say('duties.appointButton') }).click();
      await form.getByText(say('duties.needOffices')).waitFor();
      await form.getByRole('checkbox', { name: new RegExp(world.pupilOfficePostcode) }).check();
      await form.getByText(say('duties.needOffices')).waitFor({ state: 'detached' });
      // Dates read and are typed as 19.12.2026; a day that does not exist is said at the field.
      const startsOn = form.getByLabel(say('duties.startsOn'));
      expect(await startsOn.inputValue()).toBe(formatDate(localDay()));
      await startsOn.fill('31.02.2027');
      await appoint();
      await form.getByText(say('date.impossible', { text: '31.02.2027' })).waitFor();
      await startsOn.fill(formatDate(localDay()));
      await appoint();
      await form
        .getByRole('status')
        .getByText(say('duties.appointed', { date: formatDate(localDay()) }))
        .waitFor();
      // A card is named by its teacher and its kind of duty (collecting, or carrying by hand).
      const card = (name: string) =>
        page.getByRole('article', { name: `${name} — ${say('duties.kind.collect')}`, exact: true });
      const ended = (name: string) =>
        page.getByRole('article', {
          name: `${name} — ${say('duties.kind.collect')} (${say('duties.ended')})`,
          exact: true,
        });
      const handOver = card('teacher Тестов').getByRole('form', { name: say('duties.handOver') });
      await handOver
        .getByLabel(say('duties.handOverTo'), exact)
        .selectOption({ label: 'Жаңа Мұғалім' });
      await handOver.getByRole('button', { name: say('duties.handOver') }).click();
      await ended('teacher Тестов').waitFor();
      const taken = card('Жаңа Мұғалім');
      await taken.getByRole('button', { name: say('duties.end'), exact: true }).click();
      await taken.getByRole('button', { name: say('duties.endConfirm'), exact: true }).click();
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
      await openScreen(page, say('nav.messages'));
      const phone = page.getByRole('table').getByRole('row').nth(1);
      await phone.waitFor();
      const firstSchoolRows = await page.getByRole('table').getByRole('row').count();
      expect(firstSchoolRows).toBeGreaterThan(1);
      await signIn(other.director.login);
      await openScreen(page, say('nav.messages'));
      await page.getByText(say('messages.count', { shown: 0, total: 0 })).waitFor();
      await settled();
      await expect(page.getByRole('table').getByRole('row')).toHaveCount(1);
    });
  });

  /** A case through the library and the editor: corrected, archived, restored, deleted. */
  async function caseLifecycle(token: string): Promise<void> {
    const topic = unique('Апта кейсі ');
    await post(app, token, '/cases', caseBody(world, { topic }));
    await openScreen(page, say('nav.cases'));
    await page
      .getByRole('row', { name: new RegExp(topic) })
      .getByRole('link', { name: say('cases.edit') })
      .click();
    await page.getByRole('heading', { name: say('editor.editTitle') }).waitFor();
    const corrected = `${topic} (түзетілген)`;
    await page.getByLabel(say('cases.topic'), exact).fill(corrected);
    await page.getByRole('button', { name: say('common.save'), exact: true }).click();
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    await row(corrected)
      .getByRole('link', { name: say('cases.edit') })
      .click();
    await records()
      .getByRole('button', { name: say('records.archive'), exact: true })
      .click();
    await records().getByRole('status').getByText(say('editor.archivedNote')).waitFor();
    await openScreen(page, say('nav.cases'));
    await settled();
    await expect(page.getByRole('row', { name: new RegExp(topic) })).toHaveCount(0);
    await page.getByLabel(say('cases.showArchived')).check();
    const archivedRow = row(corrected);
    await archivedRow.getByRole('button', { name: say('records.restore'), exact: true }).click();
    await archivedRow.waitFor({ state: 'detached' });
    await page.getByLabel(say('cases.showArchived')).uncheck();
    await row(corrected)
      .getByRole('link', { name: say('cases.edit') })
      .click();
    await records()
      .getByRole('button', { name: say('records.delete'), exact: true })
      .click();
    await records()
      .getByRole('button', { name: say('records.deleteConfirm'), exact: true })
      .click();
    await page.getByRole('heading', { name: say('cases.title') }).waitFor();
    await settled();
    await expect(page.getByRole('row', { name: new RegExp(topic) })).toHaveCount(0);
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
      await openScreen(page, say('nav.classes'));
      await page.getByRole('link', { name: '5 Ә', exact: true }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: say('roster.templateKk') }).click(),
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
      await page.getByText(say('roster.ready', { count: 1 })).waitFor();
      await page.getByRole('button', { name: say('roster.import', { count: 1 }) }).click();
      await page
        .getByText(say('roster.imported', { count: 1, updated: 0, unchanged: 0 }))
        .waitFor();
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
      await openScreen(page, say('nav.station'));
      await page.getByLabel(say('station.event'), exact).selectOption('posted');
      const input = page.getByLabel(say('round.code'), exact);
      await input.fill(codes[0]);
      await input.press('Enter');
      await page.getByText(codes[0]).waitFor();
      await page.getByText(say('station.waiting', { count: 0 })).waitFor();
      await noSeriousViolations();

      await signIn(world.pupilClerk.login);
      await openScreen(page, say('nav.station'));
      await page.getByText(say('station.waiting', { count: 0 })).waitFor();
      await expect(page.getByText(codes[0])).toHaveCount(0);
    });

    it('opens every screen of its navigation', async () => {
      await visitEveryScreen(['nav.station', 'nav.waiting']);
    });
  });

  describe('at 390 px', () => {
    it('the teacher’s class, the director’s messages and the clerk’s station fit and pass axe', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await signIn(world.teacher.login);
      await openScreen(page, say('nav.classes'));
      await page.getByRole('link', { name: '5 Ә', exact: true }).click();
      await page.getByRole('heading', { name: say('roster.title') }).waitFor();
      await noSeriousViolations();
      await signIn(world.director.login);
      await openScreen(page, say('nav.messages'));
      await settled();
      expect(refused).toEqual([]);
      await noSeriousViolations();
      await signIn(world.clerk.login);
      await openScreen(page, say('nav.station'));
      await settled();
      await noSeriousViolations();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
});
