import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import request from 'supertest';
import printed from '../templates/i18n/kk.json';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import {
  appointCarrier,
  caseBody,
  createSchoolWorld,
  nextStudyDayFromToday,
  get,
  Person,
  post,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { binary, pdfText } from './support/pdf';
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
const day = (iso: string): string => iso.split('-').reverse().join('.');
/** A postcode as the cover prints it, in two groups (A15E3C5 → A15 E3C5). */
const printedPostcode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

interface DispatchAnswer {
  id: string;
  caseIds: string[];
  packetCount: number;
  packets: { code: string; studentId: string }[];
}

/**
 * A term in a school with all four channels, in the browser where a screen exists: the deputy
 * for upbringing sets a pupil's channel, the academic deputy sets the timetable, three teachers
 * add cases, a packet over the norm is refused release until fixed, released and printed (the
 * by-hand packet after the posted ones); the carrier, told of the duty at home, finds the packet
 * on the list to carry and on a round hands it over and takes its work back (a scan too early
 * says it is not handed over yet); the reports count every channel.
 */
describe('web app: a term with every channel (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let academic: Person;
  /** The teacher appointed to carry the by-hand packets to the pupils' village. */
  let carrier: Person;
  let page: Page;
  let base: string;
  const ids: Record<string, string> = {};
  /** The mathematics and science teachers, who add their cases through the API. */
  let others: [Person, string][] = [];
  const topics: Record<string, string> = {};
  const label = '5 Ә';
  const next = { label, date: day(nextStudyDayFromToday()) };

  const signIn = (login: string) => signInAs(page, base, login);
  const signOut = () => page.getByRole('button', { name: say('signOut') }).click();
  const expectAxeClean = async () => {
    expect(await seriousViolations(page)).toEqual([]);
  };

  beforeAll(async ({ browser }) => {
    // The print run is rendered by the app's own worker, as under `npm start`.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_term_channels'),
      WORKER: 'on',
    });
    base = await serve(app);
    // Pupils A (post, to the door), B (post, pickup), C (by hand, set in the browser), D (online).
    world = await createSchoolWorld(app, { pupils: 4 });
    await request(server(app))
      .patch(`/students/${world.studentIds[3]}/channel`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ channel: 'online', reason: 'Смартфоны бар' })
      .expect(200);
    academic = await staffMember(app, world, 'deputy_academic');
    carrier = await staffMember(app, world, 'teacher', 'Тасушы Айгүл');
    await appointCarrier(app, world, carrier.id);
    const math = await staffMember(app, world, 'teacher');
    const science = await staffMember(app, world, 'teacher');
    for (const [who, key, overrides] of [
      [world.teacher, 'kazakh', { estimatedMinutes: 25 }],
      [math, 'math', { subjectCode: 'mathematics', estimatedMinutes: 30 }],
      [science, 'science', { subjectCode: 'natural_science', estimatedMinutes: 45 }],
    ] as const) {
      const made = await post<{ id: string; topic: string }>(
        app,
        who.token,
        '/cases',
        caseBody(world, overrides),
      );
      [ids[key], topics[key]] = [made.id, made.topic];
    }
    others = [
      [math, 'math'],
      [science, 'science'],
    ];
    page = await openPage(browser, { width: 1100, height: 900 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('plays the term and counts every channel', async () => {
    it.setTimeout(120_000);
    // The deputy for upbringing moves pupil C to by hand on the class page.
    await signIn(world.deputy.login);
    await openScreen(page, say('nav.classes'));
    await page.getByRole('link', { name: label }).click();
    const row = page.getByRole('row', { name: /Оқушы В / });
    await row.getByRole('button', { name: say('channels.changeOne', { name: 'Оқушы' }) }).click();
    const form = page.getByRole('form', {
      name: say('channels.form', { name: 'Оқушы В Қайратұлы' }),
    });
    await form.getByLabel(say('pupils.channel')).selectOption('by_hand');
    await form.getByLabel(say('channels.reason')).fill('Ауылға мектеп көлігі барады');
    await form.getByRole('button', { name: say('common.save') }).click();
    await page.getByText(say('channels.summary', { post: 2, byHand: 1, online: 1 })).waitFor();
    // The reason stays on the page, and phones read in their groups.
    await row
      .getByText(say('channels.because', { reason: 'Ауылға мектеп көлігі барады' }))
      .waitFor();
    await row.getByRole('cell', { name: '+7 701 234 56 72', exact: true }).waitFor();
    await expectAxeClean();
    await signOut();

    // The academic deputy sets one weekly packet for the school.
    await signIn(academic.login);
    await openScreen(page, say('nav.schedule'));
    await page.getByLabel(say('schedule.count')).fill('1');
    await page.getByRole('button', { name: say('schedule.setButton') }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.datesSet') })
      .waitFor();
    await expectAxeClean();
    await signOut();

    // Mathematics and science add theirs through the API; the Kazakh teacher from the case page.
    const [packet] = (
      await get<{ items: { id: string }[] }>(
        app,
        academic.token,
        `/schedule?classId=${world.classId}`,
      )
    ).items;
    for (const [teacher, key] of others)
      await post(app, teacher.token, `/schedule/${packet.id}/cases`, { caseId: ids[key] });
    await signIn(world.teacher.login);
    await page.goto(`${base}/app/cases/${ids.kazakh}`);
    await page.getByRole('button', { name: say('schedule.addTo', next) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('schedule.inPacket', next) })
      .waitFor();
    await expectAxeClean();
    await signOut();

    // Over the norm: refused, the long case taken out, released, then printed from the class page.
    await signIn(academic.login);
    await openScreen(page, say('nav.schedule'));
    // Release is asked again, with the envelopes it prints: none for the online pupil.
    await page.getByRole('button', { name: say('schedule.release', { label }) }).click();
    await page.getByText(say('schedule.releaseAsk', { label, pupils: 4, envelopes: 3 })).waitFor();
    const release = page.getByRole('button', { name: say('schedule.releaseYes', { count: 3 }) });
    await release.click();
    await page
      .getByRole('alert')
      .filter({ hasText: say('errors.schedule.over_norm') })
      .waitFor();
    await page
      .getByRole('button', { name: say('schedule.takeOut', { topic: topics.science }) })
      .click();
    await page
      .getByRole('cell', { name: topics.science, exact: true })
      .waitFor({ state: 'detached' });
    // The refusal closed the question: it is asked again.
    await page.getByRole('button', { name: say('schedule.release', { label }) }).click();
    await release.click();
    const released = page.getByRole('status').filter({ hasText: say('schedule.released') });
    await released.getByRole('link', { name: say('schedule.openClass', { label }) }).click();
    await page.getByText(say('dispatch.leftOutOnline', { count: 1 }), { exact: false }).waitFor();
    await expectAxeClean();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: say('print.packets') }).click(),
    ]);
    const run = await pdfText(readFileSync(await file.path()));

    const [listed] = (
      await get<{ items: { id: string }[] }>(
        app,
        academic.token,
        `/dispatches?classId=${world.classId}`,
      )
    ).items;
    const dispatch = await get<DispatchAnswer>(app, academic.token, `/dispatches/${listed.id}`);
    expect([...dispatch.caseIds].sort()).toEqual([ids.kazakh, ids.math].sort());
    // One packet per pupil who is not online, each with every subject's case.
    expect(dispatch.packets.map((p) => p.studentId).sort()).toEqual(
      world.studentIds.slice(0, 3).sort(),
    );
    for (const topic of [topics.kazakh, topics.math])
      expect(run.split(topic).length - 1).toBeGreaterThanOrEqual(3);
    expect(run).not.toContain(topics.science);
    // The online pupil (D) has no packet; the post packets carry the pupils' office.
    expect(run).not.toContain('Оқушы Г Қайратұлы');
    expect(run).toContain(printedPostcode(world.pupilOfficePostcode));
    for (const { code } of dispatch.packets) {
      const { snapshot } = await get<{ snapshot: { cases: { id: string }[] } }>(
        app,
        academic.token,
        `/packets/${code}`,
      );
      expect(snapshot.cases.map((c) => c.id).sort()).toEqual([ids.kazakh, ids.math].sort());
    }

    // The by-hand packet carries no postal address; it is handed over and its work taken back.
    const byHand = dispatch.packets.find((p) => p.studentId === world.studentIds[2])?.code ?? '';
    const cover = await request(server(app))
      .get(`/packets/${byHand}/pdf`)
      .set('Authorization', `Bearer ${academic.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const coverText = await pdfText(cover.body as Buffer);
    expect(coverText).toContain(printed.deliveryByHand);
    expect(coverText).not.toContain(printed.posteRestante);
    for (const postal of [printedPostcode(world.pupilOfficePostcode), printedPostcode('A15E3C5')])
      expect(coverText).not.toContain(postal);
    await signOut();

    // The carrier's home names the duty and the pile; the list to carry holds the packet.
    await signIn(carrier.login);
    const duty = page.getByRole('region', { name: say('home.duty') });
    await duty.getByText(say('home.dutyPile', { handOver: 1, takeBack: 0 })).waitFor();
    await expectAxeClean();
    await duty.getByRole('link', { name: say('carry.open') }).click();
    const pile = page.getByRole('table', { name: say('carry.toHandOver', { count: 1 }) });
    await pile.getByRole('cell', { name: byHand }).waitFor();
    await expectAxeClean();
    await page.screenshot({ path: join(ARTIFACTS, 'web-carry-list.png'), fullPage: true });

    // On the round: scanned in "taking back" first, it is not handed over yet; then handed
    // over, and taking it back at once is refused; after the visit the list starts clean and
    // the same screen takes the next scans: its work taken back on the next visit.
    await page.getByRole('link', { name: say('carry.toRound') }).click();
    await page.getByRole('heading', { name: say('round.carryTitle') }).waitFor();
    // A visit with nothing on it is asked about first, not recorded.
    await page
      .getByRole('button', { name: say('round.finishCarry', { handed: 0, taken: 0 }) })
      .click();
    await page
      .getByRole('alert')
      .filter({ hasText: say('round.emptyAsk') })
      .waitFor();
    const code = page.getByLabel(say('round.code'));
    const scannedList = page.getByRole('list', { name: say('round.scanned') });
    const line = (text: string, verdict: string) =>
      scannedList.getByRole('listitem').filter({ hasText: text }).filter({ hasText: verdict });
    const scanAs = async (step: 'handed_over' | 'taken_back', verdict: string) => {
      await page.getByRole('radio', { name: say(`round.step.${step}`) }).check();
      await code.fill(byHand);
      await code.press('Enter');
      // Whose packet it is: the pupil's class and initials.
      await line(`${byHand} (${label}, О. В. Қ.)`, verdict).waitFor();
    };
    await scanAs('taken_back', say('round.verdict.not_handed_over'));
    await scanAs('handed_over', say('round.ready.handed_over'));
    await scanAs('taken_back', say('round.verdict.not_handed_over'));
    await expectAxeClean();
    await page.screenshot({ path: join(ARTIFACTS, 'web-carrier-round.png'), fullPage: true });
    await page
      .getByRole('button', { name: say('round.finishCarry', { handed: 1, taken: 0 }) })
      .click();
    await page
      .getByRole('heading', { name: say('round.doneCarry', { handed: 1, taken: 0 }) })
      .waitFor();
    await expect(scannedList.getByRole('listitem')).toHaveCount(0);
    // A misread code is taken off the list before the visit is finished.
    const misread = `${byHand.slice(0, 10)}${(Number(byHand[10]) + 1) % 10}KZ`;
    await code.fill(misread);
    await code.press('Enter');
    await line(misread, say('round.verdict.bad_code')).waitFor();
    await page.getByRole('button', { name: say('round.remove', { code: misread }) }).click();
    await expect(scannedList.getByRole('listitem')).toHaveCount(0);
    await scanAs('taken_back', say('round.ready.taken_back'));
    await page
      .getByRole('button', { name: say('round.finishCarry', { handed: 0, taken: 1 }) })
      .click();
    await page
      .getByRole('heading', { name: say('round.doneCarry', { handed: 0, taken: 1 }) })
      .waitFor();
    // Back at school, the work taken back is brought in with one button, for review.
    await page.getByText(say('bringIn.waiting', { count: 1 })).waitFor();
    await page.getByRole('button', { name: say('bringIn.button', { count: 1 }) }).click();
    await page
      .getByRole('status')
      .filter({ hasText: say('bringIn.done') })
      .waitFor();
    await page.getByText(say('bringIn.waiting', { count: 0 })).waitFor();
    expect((await get<{ status: string }>(app, academic.token, `/packets/${byHand}`)).status).toBe(
      'collected',
    );
    await signOut();
    await signIn(world.deputy.login);

    // The reports screen counts every channel: pupils, packets sent and work back.
    await openScreen(page, say('nav.reports'));
    const channels = page.getByRole('table', { name: say('reports.byChannel') });
    const counts = async (
      key: 'reports.channelPost' | 'channel.by_hand' | 'channel.online',
      pupils: number,
    ) => {
      const header = say('reports.channelPupils', { label: say(key), count: pupils });
      const line = channels.getByRole('row', { name: header });
      await line.waitFor();
      return (await line.getByRole('cell').allInnerTexts()).slice(0, 3);
    };
    // Sent, delivered, returned.
    await expect.poll(() => counts('reports.channelPost', 2)).toEqual(['2', '0', '0']);
    await expect.poll(() => counts('channel.by_hand', 1)).toEqual(['1', '1', '1']);
    await expect.poll(() => counts('channel.online', 1)).toEqual(['0', '0', '0']);
    // Online pupils get no paper: their row says so instead of a return rate.
    await channels
      .getByRole('row', {
        name: say('reports.channelPupils', { label: say('channel.online'), count: 1 }),
      })
      .getByRole('cell', { name: say('reports.onlineNoPaper') })
      .waitFor();
    await expectAxeClean();
    await page.screenshot({ path: join(ARTIFACTS, 'web-term-channels.png'), fullPage: true });
  });
});
