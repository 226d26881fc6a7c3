/// <reference lib="dom" />
import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import ru from '../web/src/i18n/ru.json';
import { addDays } from '@/common/dates';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import {
  caseBody,
  createSchoolWorld,
  get,
  nextStudyDayFromToday,
  Person,
  post,
  SchoolWorld,
  staffMember,
} from './support/factories';
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

const day = (iso: string): string => iso.split('-').reverse().join('.');

/**
 * A term's timetable: no dates yet said so, who teaches what assigned, dates set, teachers told
 * what is due, over the norm refused, a packet's dates moved, release asked again, then done.
 */
describe('web app: the timetable of packets (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let academic: Person;
  let page: Page;
  let base: string;
  const topics: Record<string, string> = {};
  const ids: Record<string, string> = {};
  /** The mathematics and science teachers, who add their cases through the API. */
  let others: [Person, string][] = [];
  const label = '5 Ә';
  const first = nextStudyDayFromToday();

  const signIn = (login: string) => signInAs(page, base, login);
  const signOut = () => page.getByRole('button', { name: say('signOut') }).click();
  const expectAxeClean = async () => {
    expect(await seriousViolations(page)).toEqual([]);
  };
  /** The options of a select whose words do not fit in it (the arrow's room left aside). */
  const clippedOptions = (id: string) =>
    page.locator(`#${id}`).evaluate((select: HTMLSelectElement) => {
      const style = getComputedStyle(select);
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
      return Array.from(select.options)
        .map((option) => option.text)
        .filter((text) => {
          const probe = document.createElement('span');
          Object.assign(probe.style, { font: style.font, position: 'absolute', whiteSpace: 'pre' });
          probe.textContent = text;
          document.body.append(probe);
          const width = probe.getBoundingClientRect().width;
          probe.remove();
          return width > room;
        });
    });

  beforeAll(async ({ browser }) => {
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_schedule') });
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 2 });
    academic = await staffMember(app, world, 'deputy_academic');
    const math = await staffMember(app, world, 'teacher', 'Әлия Серікова');
    const science = await staffMember(app, world, 'teacher', 'Болат Жанов');
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
    page = await openPage(browser, { width: 1024, height: 768 });
    others = [
      [math, 'math'],
      [science, 'science'],
    ];
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('tells the academic deputy no timetable is set, and sets weekly dates from a study day', async () => {
    await signIn(academic.login);
    const toSee = page.getByRole('region', { name: say('home.packetsToSee') });
    await toSee.getByText(say('home.noTimetable')).waitFor();
    await toSee.getByRole('link', { name: say('home.setTimetable') }).click();
    await page.getByRole('heading', { name: say('schedule.title') }).waitFor();
    await expect.poll(() => page.getByLabel(say('schedule.startOn')).inputValue()).toBe(day(first));
    // The period's words fit their field with all five fields shown (a class chosen), in
    // Russian too, at 1024 and 390 px.
    const scope = page.getByLabel(say('schedule.for'));
    await scope.selectOption({ label: say('schedule.forClass') });
    for (const width of [1024, 390]) {
      await page.setViewportSize({ width, height: 768 });
      expect(await clippedOptions('schedule-period')).toEqual([]);
    }
    await page.evaluate(() => localStorage.setItem('kazpost.language', 'ru'));
    await page.reload();
    await page.getByLabel(ru['schedule.for']).selectOption({ label: ru['schedule.forClass'] });
    expect(await clippedOptions('schedule-period')).toEqual([]);
    await page.setViewportSize({ width: 1024, height: 768 });
    expect(await clippedOptions('schedule-period')).toEqual([]);
    await page.evaluate(() => localStorage.setItem('kazpost.language', 'kk'));
    await page.reload();
    await page.getByLabel(say('schedule.count')).fill('2');
    await page.getByRole('button', { name: say('schedule.setButton') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.datesSet') })
      .waitFor();
    for (const out of [first, addDays(first, 7)])
      await page
        .getByRole('heading', {
          name: say('schedule.packetHeading', {
            label,
            out: day(out),
            back: day(addDays(out, 7)),
          }),
        })
        .waitFor();
    // No teacher is assigned yet: the card says its subjects are guessed from the cases.
    await page.getByText(say('schedule.guessed', { label })).first().waitFor();
    await expectAxeClean();
  });

  it('assigns the Kazakh teacher, and the packet names whose subject is missing', async () => {
    const teachers = page.getByRole('region', { name: say('schedule.teachers') });
    await teachers.getByLabel(say('schedule.class')).selectOption({ label });
    const kazakh = 'Қазақ тілі';
    await teachers
      .getByLabel(say('schedule.teacherOf', { subject: kazakh }))
      .selectOption({ label: 'teacher Тестов' });
    await teachers.getByRole('button', { name: say('schedule.teachersSave', { label }) }).click();
    await teachers
      .getByRole('status')
      .filter({ hasText: say('schedule.teachersSaved', { label, count: 1 }) })
      .waitFor();
    const missing = say('schedule.missing', {
      subjects: say('schedule.missingOf', { subject: kazakh, teacher: 'teacher Тестов' }),
    });
    await page.getByText(missing).first().waitFor();
    await expectAxeClean();
    await signOut();
  });

  it('tells a teacher what is due and when, and lets them add their case to the next packet', async () => {
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
    const dates = { label, out: day(first), back: day(addDays(first, 7)) };
    const due = page.getByRole('region', { name: say('home.due') });
    await due.getByText(say('home.dueClass', { ...dates, subjects: 'Қазақ тілі' })).waitFor();
    await page.getByText(say('next.due', { count: 1 })).waitFor();
    await page.goto(`${base}/app/cases/${ids.kazakh}`);
    const values = { label, date: day(first) };
    await page.getByRole('button', { name: say('schedule.addTo', values) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.inPacket', values) })
      .waitFor();
    // Their own case comes out again, asked first, and goes back in.
    await page.getByRole('button', { name: say('schedule.takeOutOwn', values) }).click();
    await page.getByText(say('schedule.takeOutAsk', values)).waitFor();
    await page.getByRole('button', { name: say('schedule.takeOutYes') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.takenOut', values) })
      .waitFor();
    await page.getByRole('button', { name: say('schedule.addTo', values) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.inPacket', values) })
      .waitFor();
    await page.goto(`${base}/app/`);
    await due.getByText(say('home.dueClassDone', dates)).waitFor();
    await page.getByText(say('next.dueDone')).waitFor();
    await signOut();
  });

  it('moves the second packet’s dates, refusing work back before it goes out', async () => {
    await signIn(academic.login);
    await openScreen(page, say('nav.schedule'));
    const second = addDays(first, 7);
    const card = page.getByRole('article', {
      name: say('schedule.packetHeading', {
        label,
        out: day(second),
        back: day(addDays(second, 7)),
      }),
    });
    // Still empty: no release offered, and the card says why.
    await card.getByText(say('schedule.releaseEmpty', { label })).waitFor();
    await expect(
      card.getByRole('button', { name: say('schedule.release', { label }) }),
    ).toHaveCount(0);
    const move = card.getByRole('form', { name: say('schedule.moveDates') });
    await move.getByLabel(say('schedule.backOn')).fill(day(second));
    await move.getByRole('button', { name: say('schedule.move') }).click();
    await move.getByText(say('schedule.backAfterOut')).waitFor();
    await move.getByLabel(say('schedule.moveTo')).fill(day(addDays(second, 1)));
    await move.getByLabel(say('schedule.backOn')).fill(day(addDays(second, 10)));
    await move.getByRole('button', { name: say('schedule.move') }).click();
    await page
      .getByRole('heading', {
        name: say('schedule.packetHeading', {
          label,
          out: day(addDays(second, 1)),
          back: day(addDays(second, 10)),
        }),
      })
      .waitFor();
    const moved = { label, out: day(addDays(second, 1)), back: day(addDays(second, 10)) };
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.moved', moved) })
      .waitFor();
    // Removing the date is asked first, naming the class and the date.
    const movedCard = page.getByRole('article', { name: say('schedule.packetHeading', moved) });
    await movedCard.getByRole('button', { name: say('schedule.removeDate') }).click();
    const asked = { label, date: moved.out, count: 0 };
    await movedCard.getByText(say('schedule.removeAsk', asked)).waitFor();
    await movedCard.getByRole('button', { name: say('schedule.removeYes', asked) }).click();
    await movedCard.waitFor({ state: 'detached' });
  });

  it('asks before release, refuses it over the norm until the long case is out, then makes the dispatch', async () => {
    await page.goto(`${base}/app/`);
    const toSee = page.getByRole('region', { name: say('home.packetsToSee') });
    await toSee.getByText(say('home.packetOver', { label, date: day(first) })).waitFor();
    await openScreen(page, say('nav.schedule'));
    await page
      .getByRole('button', { name: say('schedule.release', { label }) })
      .first()
      .click();
    await page.getByText(say('schedule.releaseAsk', { label, pupils: 2, envelopes: 2 })).waitFor();
    const yes = page.getByRole('button', { name: say('schedule.releaseYes', { count: 2 }) });
    await yes.click();
    await page
      .getByRole('alert')
      .filter({ hasText: say('errors.schedule.over_norm') })
      .waitFor();
    // The refusal closes the question and stays in view.
    await yes.waitFor({ state: 'detached' });
    // The card says which limit is passed: the long case's one sitting, not the day's minutes.
    await page.getByText(say('schedule.overSitting'), { exact: false }).first().waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-schedule-over-norm.png'), fullPage: true });
    await page
      .getByRole('button', { name: say('schedule.takeOut', { topic: topics.science }) })
      .click();
    await page
      .getByRole('cell', { name: topics.science, exact: true })
      .waitFor({ state: 'detached' });
    await page
      .getByRole('button', { name: say('schedule.release', { label }) })
      .first()
      .click();
    await yes.click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.released') })
      .waitFor();
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
