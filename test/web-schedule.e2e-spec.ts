import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  PASSWORD,
  Person,
  post,
  SchoolWorld,
  staffMember,
} from './support/factories';

/** The Kazakh catalogue: what the page says, found by key. */
const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
const say = (key: string, values: Record<string, string | number>): string =>
  kk[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
const day = (iso: string): string => iso.split('-').reverse().join('.');

/** A term's timetable: dates set, teachers add cases, over the norm refused, then released. */
describe('web app: the timetable of packets (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let academic: Person;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  const topics: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** The mathematics and science teachers, who add their cases through the API. */
  let others: [Person, string][] = [];

  const signIn = async (login: string) => {
    await page.goto(`${base}/app/`);
    await page.getByLabel(kk['signIn.login']).fill(login);
    await page.getByLabel(kk['signIn.password']).fill(PASSWORD);
    await page.getByRole('button', { name: kk['signIn.submit'] }).click();
    await page.getByRole('navigation').waitFor();
  };
  const signOut = () => page.getByRole('button', { name: kk.signOut }).click();
  const expectAxeClean = async () => {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
  };

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_schedule') });
    await app.listen(0, '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 2 });
    academic = await staffMember(app, world, 'deputy_academic');
    const math = await staffMember(app, world, 'teacher');
    const science = await staffMember(app, world, 'teacher');
    const write = async (who: Person, key: string, overrides: Record<string, unknown>) => {
      const made = await post<{ id: string; topic: string }>(
        app,
        who.token,
        '/cases',
        caseBody(world, overrides),
      );
      [ids[key], topics[key]] = [made.id, made.topic];
      return made;
    };
    await write(world.teacher, 'kazakh', { estimatedMinutes: 25 });
    await write(math, 'math', { subjectCode: 'mathematics', estimatedMinutes: 30 });
    await write(science, 'science', { subjectCode: 'natural_science', estimatedMinutes: 45 });
    browser = await launchChromium();
    page = await browser.context.newPage();
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    others = [
      [math, 'math'],
      [science, 'science'],
    ];
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('lets the academic deputy set weekly dates for the school', async () => {
    await signIn(academic.login);
    await openScreen(page, kk['nav.schedule']);
    await page.getByRole('heading', { name: kk['schedule.title'] }).waitFor();
    await page.getByLabel(kk['schedule.count']).fill('2');
    await page.getByRole('button', { name: kk['schedule.setButton'] }).click();
    await page.getByRole('status').filter({ hasText: kk['schedule.datesSet'] }).waitFor();
    const label = '5 Ә';
    for (const [out, back] of [
      [1, 8],
      [8, 15],
    ])
      await page
        .getByRole('heading', {
          name: say('schedule.packetHeading', {
            label,
            out: day(daysFromNow(out)),
            back: day(daysFromNow(back)),
          }),
        })
        .waitFor();
    await expectAxeClean();
    await signOut();
  });

  it('tells a teacher what is due and lets them add their case to the next packet', async () => {
    const [next] = (
      await get<{ items: { id: string }[] }>(
        app,
        academic.token,
        `/schedule?classId=${world.classId}`,
      )
    ).items;
    for (const [teacher, key] of others)
      await post(app, teacher.token, `/schedule/${next.id}/cases`, { caseId: ids[key] });
    await signIn(world.teacher.login);
    const values = { label: '5 Ә', date: day(daysFromNow(1)) };
    const due = page.getByRole('region', { name: kk['home.due'] });
    await due.getByText(say('home.dueItem', { ...values, subject: 'Қазақ тілі' })).waitFor();
    await page.goto(`${base}/app/cases/${ids.kazakh}`);
    await page.getByRole('button', { name: say('schedule.addTo', values) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.inPacket', values) })
      .waitFor();
    await page.goto(`${base}/app/`);
    await due.getByText(kk['home.nothingDue']).waitFor();
    await signOut();
  });

  it('refuses release over the norm until the long case is out, then makes the dispatch', async () => {
    await signIn(academic.login);
    const toSee = page.getByRole('region', { name: kk['home.packetsToSee'] });
    await toSee
      .getByText(say('home.packetOver', { label: '5 Ә', date: day(daysFromNow(1)) }))
      .waitFor();
    await openScreen(page, kk['nav.schedule']);
    const release = page.getByRole('button', { name: say('schedule.release', { label: '5 Ә' }) });
    await release.first().click();
    await page.getByRole('alert').filter({ hasText: kk['errors.schedule.over_norm'] }).waitFor();
    // The card says which limit is passed: the long case's one sitting, not the day's minutes.
    await page.getByText(kk['schedule.overSitting'], { exact: false }).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-schedule-over-norm.png'), fullPage: true });
    await page
      .getByRole('button', { name: say('schedule.takeOut', { topic: topics.science }) })
      .click();
    await page
      .getByRole('cell', { name: topics.science, exact: true })
      .waitFor({ state: 'detached' });
    await release.first().click();
    await page.getByRole('status').filter({ hasText: kk['schedule.released'] }).waitFor();
    await expectAxeClean();
    await page.screenshot({ path: join(ARTIFACTS, 'web-schedule-released.png'), fullPage: true });
    const dispatches = await get<{ items: { caseIds: string[]; packetCount: number }[] }>(
      app,
      world.director.token,
      `/dispatches?classId=${world.classId}`,
    );
    expect(dispatches.items).toHaveLength(1);
    expect([...dispatches.items[0].caseIds].sort()).toEqual([ids.kazakh, ids.math].sort());
    expect(dispatches.items[0].packetCount).toBe(world.studentIds.length);
  });
});
