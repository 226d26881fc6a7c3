import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import request from 'supertest';
import {
  appointCollector,
  createSchoolWorld,
  dispatchCodes,
  get,
  SchoolWorld,
  server,
} from './support/factories';
import { openScreen } from './support/nav';
import { wordsIn } from './support/catalogue';
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

/** A catalogue message as the Russian screen shows it. */
const say = wordsIn('ru');

/**
 * The class page in the browser: each pupil's channel and the class's summary; the deputy for
 * upbringing moves a pupil to by hand, first forgetting the reason; a teacher sees no change.
 */
describe('web app: pupil channels on the class page (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 3, language: 'ru' });
    page = await openPage(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  async function signIn(login: string): Promise<void> {
    await page.goto(`${base}/app/`);
    await page.evaluate(() => localStorage.setItem('kazpost.language', 'ru'));
    await signInAs(page, base, login, { language: 'ru' });
  }
  async function openClass(): Promise<void> {
    await openScreen(page, say('nav.classes'));
    await page.getByRole('link', { name: '5 Ә' }).click();
    await page.getByRole('heading', { name: say('classes.heading', { label: '5 Ә' }) }).waitFor();
  }
  const summary = (post: number, byHand: number, online: number) =>
    page.getByText(say('channels.summary', { post, byHand, online }));

  it('lets the deputy for upbringing move a pupil to by hand, with a reason', async () => {
    await signIn(world.deputy.login);
    await openClass();
    await summary(3, 0, 0).waitFor();
    const row = page.getByRole('row', { name: /Оқушы А / });
    await row.getByRole('cell', { name: say('channel.post_door') }).waitFor();
    await row.getByRole('button', { name: say('channels.changeOne', { name: 'Оқушы' }) }).click();
    const form = page.getByRole('form', {
      name: say('channels.form', { name: 'Оқушы А Қайратұлы' }),
    });
    await form.getByLabel(say('pupils.channel')).selectOption('by_hand');
    await form.getByRole('button', { name: say('common.save') }).click();
    // No reason: the field is marked and nothing changed.
    await form
      .getByLabel(say('channels.reason'))
      .and(page.locator('[aria-invalid="true"]'))
      .waitFor();
    await summary(3, 0, 0).waitFor();
    await form.getByLabel(say('channels.reason')).fill('Интернета нет, возит школьный автобус');
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-class-channels.png'), fullPage: true });
    await form.getByRole('button', { name: say('common.save') }).click();
    await summary(2, 1, 0).waitFor();
    await row.getByRole('cell', { name: say('channel.by_hand') }).waitFor();
    const pupil = await get<{ channel: string; channelReason: string }>(
      app,
      world.director.token,
      `/students/${world.studentIds[0]}`,
    );
    expect(pupil).toMatchObject({
      channel: 'by_hand',
      channelReason: 'Интернета нет, возит школьный автобус',
    });
  });

  it('shows the deputy the pupils and returns per channel on the reports screen', async () => {
    await openScreen(page, say('nav.reports'));
    await page.getByRole('table', { name: say('reports.byChannel') }).waitFor();
    const label = (
      key: 'reports.channelPost' | 'channel.by_hand' | 'channel.online',
      count: number,
    ) => say('reports.channelPupils', { label: say(key), count });
    for (const [key, count] of [
      ['reports.channelPost', 2],
      ['channel.by_hand', 1],
      ['channel.online', 0],
    ] as const)
      await page.getByRole('rowheader', { name: label(key, count), exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records a by-hand packet handed over, its work taken back and brought into school from the packet page', async () => {
    await request(server(app))
      .patch(`/students/${world.studentIds[2]}/channel`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ channel: 'online', reason: 'Смартфон есть' })
      .expect(200);
    // The by-hand pupil's packet is numbered after the posted pupil's.
    const [, code] = await dispatchCodes(app, world, 14, {
      language: 'ru',
      subjectCode: 'russian_language',
    });
    await page.goto(`${base}/app/packets/${code}`);
    await page.getByRole('button', { name: say('desk.record.handed_over') }).click();
    await page.getByRole('button', { name: say('desk.record.taken_back') }).click();
    await expect
      .poll(
        async () =>
          (await get<{ status: string }>(app, world.deputy.token, `/packets/${code}`)).status,
      )
      .toBe('taken_back');
    // Brought into school: recorded at the pupil's office, so only on a duty in force there.
    const collect = page.getByRole('button', { name: say('desk.record.collected') });
    await collect.click();
    await page.getByText(say('errors.scan.not_on_duty')).waitFor();
    expect(
      (await get<{ status: string }>(app, world.deputy.token, `/packets/${code}`)).status,
    ).toBe('taken_back');
    await appointCollector(app, world);
    await collect.click();
    await expect
      .poll(
        async () =>
          (await get<{ status: string }>(app, world.deputy.token, `/packets/${code}`)).status,
      )
      .toBe('collected');
    await expect(collect).toHaveCount(0);
    // The class's dispatch history says the online pupil was left out.
    await openClass();
    await page.getByText(say('dispatch.leftOutOnline', { count: 1 }), { exact: false }).waitFor();
  });

  it('shows a teacher the channels without the change', async () => {
    await signIn(world.teacher.login);
    await openClass();
    await summary(1, 1, 1).waitFor();
    await page.getByRole('cell', { name: say('channel.by_hand') }).waitFor();
    expect(
      await page
        .getByRole('button', { name: say('channels.changeOne', { name: 'Оқушы' }) })
        .count(),
    ).toBe(0);
  });

  it('says a change is saved, keeps the page where it was, and that a packet already out keeps its channel', async () => {
    const { fullName } = await get<{ fullName: string }>(
      app,
      world.deputy.token,
      `/students/${world.studentIds[1]}`,
    );
    const [packet] = (
      await get<{ items: { code: string; returnDueOn: string; studentName: string }[] }>(
        app,
        world.deputy.token,
        `/packets?classId=${world.classId}`,
      )
    ).items.filter((p) => p.studentName === fullName);
    const keeps = say('channels.fromNextPacket', {
      count: 1,
      code: packet.code,
      date: packet.returnDueOn.split('-').reverse().join('.'),
    });
    await signIn(world.deputy.login);
    await openClass();
    const row = page.getByRole('row', { name: new RegExp(fullName) });
    await row.getByRole('button', { name: say('channels.changeOne', { name: 'Оқушы' }) }).click();
    const form = page.getByRole('form', { name: say('channels.form', { name: fullName }) });
    await form.getByText(keeps).waitFor();
    await form.getByLabel(say('pupils.channel')).selectOption('post_pickup');
    await form.getByLabel(say('channels.reason')).fill('Семья забирает на почте');
    await page.evaluate(() => window.scrollTo(0, 200));
    const before = await page.evaluate(() => window.scrollY);
    await form.getByRole('button', { name: say('common.save') }).click();
    const saved = say('channels.saved', { name: fullName, channel: say('channel.post_pickup') });
    await row.getByRole('status').filter({ hasText: saved }).filter({ hasText: keeps }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});
