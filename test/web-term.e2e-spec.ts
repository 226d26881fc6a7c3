import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import printed from '../templates/i18n/kk.json';
import { createTestApp } from './support/app';
import { Key, say } from './support/catalogue';
import { caseBody, createSchoolWorld, get, post, SchoolWorld } from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { pdfText } from './support/pdf';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  scannedLine,
  serve,
  signIn,
} from './support/web';

/**
 * A whole term for one class, in the browser only: a dispatch, the clerks' scans at both
 * offices, a collection duty and its round, the reviews, a second dispatch whose print run
 * carries the feedback page, and the report's counts.
 */
describe('web app: a term for one class (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let codes: string[] = [];
  const topics = ['Бірінші кейс', 'Екінші кейс'];

  beforeAll(async ({ browser }) => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_term'), WORKER: 'on' });
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 3 });
    for (const topic of topics)
      await post(app, world.teacher.token, '/cases', caseBody(world, { topic }));
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const nav = (key: Key) => openScreen(page, say(key));

  async function dispatch(topic: string): Promise<Buffer> {
    await nav('nav.dispatch');
    await page.getByLabel(`5 Ә (${say('language.kk')})`).check();
    await page.getByLabel(new RegExp(`^${topic}`)).check();
    await page.getByRole('button', { name: say('dispatch.send') }).click();
    await page.getByText(say('print.ready', { total: 3 })).waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('print.download') }).click(),
    ]);
    return readFileSync(await file.path());
  }

  async function station(
    login: string,
    event: 'posted' | 'delivered' | 'return_received',
    scanned: string[],
  ): Promise<void> {
    await signIn(page, base, login);
    await nav('nav.station');
    await page.getByLabel(say('station.event')).selectOption(event);
    const input = page.getByLabel(say('round.code'));
    for (const code of scanned) {
      await input.fill(code);
      await input.press('Enter');
      await page
        .getByText(`${code} — ${say(`status.${event}`)}: ${say('station.applied')}`)
        .waitFor();
    }
  }

  it('plays the term and shows the right counts at the end', async () => {
    it.setTimeout(180_000);
    await signIn(page, base, world.teacher.login);
    await dispatch(topics[0]);
    const sent = await get<{ items: { code: string; status: string }[] }>(
      app,
      world.teacher.token,
      '/packets?status=created',
    );
    codes = sent.items.map((p) => p.code);
    expect(codes).toHaveLength(3);

    await station(world.clerk.login, 'posted', codes);
    await station(world.pupilClerk.login, 'delivered', codes);
    await station(world.pupilClerk.login, 'return_received', codes.slice(0, 2));

    await signIn(page, base, world.deputy.login);
    await nav('nav.duties');
    await page
      .getByLabel(say('duties.teacher'), { exact: true })
      .selectOption({ label: 'teacher Тестов' });
    await page
      .getByRole('group', { name: say('duties.offices') })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: say('duties.appointButton') }).click();
    await page.getByRole('heading', { name: 'teacher Тестов' }).waitFor();

    await signIn(page, base, world.teacher.login);
    await nav('nav.round');
    const input = page.getByLabel(say('round.code'));
    for (const code of codes.slice(0, 2)) {
      await input.fill(code);
      await input.press('Enter');
      await scannedLine(page, code, say('round.ready.collected')).waitFor();
    }
    await page.getByRole('button', { name: say('round.finish', { count: 2 }) }).click();
    await page.getByRole('heading', { name: say('round.done', { taken: 2 }) }).waitFor();

    await nav('nav.reviews');
    // A colleague reviews the first paper meanwhile: saving it here is refused, in Kazakh, and
    // the stack moves on to the papers still waiting.
    await page.getByText(say('reviews.waiting', { count: 2 })).waitFor();
    const first = page.getByRole('heading', { level: 2 }).filter({ hasText: /RR\d{9}KZ/ });
    const firstCode = /RR\d{9}KZ/.exec(await first.innerText())?.[0] ?? '';
    const [caseId] = (
      await get<{ snapshot: { cases: { id: string }[] } }>(
        app,
        world.teacher.token,
        `/packets/${firstCode}`,
      )
    ).snapshot.cases.map((c) => c.id);
    await post(app, world.director.token, `/packets/${firstCode}/review`, {
      caseReviews: [{ caseId, mark: 7, comment: 'Директордың пікірі' }],
    });
    await page.getByLabel(say('reviews.mark')).fill('5');
    await page.getByLabel(say('reviews.comment')).fill('Кеш қалды');
    await page.getByRole('button', { name: say('reviews.save') }).click();
    await page.getByRole('alert').getByText(say('errors.review.already_done')).waitFor();
    await page.getByText(say('reviews.waiting', { count: 1 })).waitFor();
    for (const [index, comment] of ['Жақсы, Аружан!'].entries()) {
      await page.getByText(say('reviews.waiting', { count: 1 - index })).waitFor();
      await page.getByLabel(say('reviews.mark')).fill(String(9 - index));
      await page.getByLabel(say('reviews.comment')).fill(comment);
      await page.getByRole('button', { name: say('reviews.save') }).click();
    }
    await page.getByText(say('reviews.waiting', { count: 0 })).waitFor();

    const second = await dispatch(topics[1]);
    const text = await pdfText(second);
    expect(text).toContain(printed.teacherFeedback);
    expect(text).toContain('Жақсы, Аружан!');
    expect(text).toContain('Директордың пікірі');

    await signIn(page, base, world.deputy.login);
    await nav('nav.reports');
    const row = page.getByRole('row', { name: /^5 Ә/ });
    await row.waitFor();
    // Sent 6 (two dispatches of 3), delivered 3, returned 2, collected 2, reviewed 2.
    await expect
      .poll(async () => (await row.getByRole('cell').allInnerTexts()).slice(0, 5))
      .toEqual(['6', '3', '2', '2', '2']);
  });
});
