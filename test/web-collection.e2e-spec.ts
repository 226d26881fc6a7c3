import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { createSchoolWorld, dispatchCodes, get, scan, SchoolWorld } from './support/factories';
import { pdfText } from './support/pdf';
import { say, sayAny } from './support/catalogue';
import { openScreen } from './support/nav';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  scannedLine,
  seriousViolations,
  serve,
  signIn as signInAs,
} from './support/web';

/** The deputy appoints the collecting teacher; the teacher's round at the post office. */
describe('web app: collection duty and the round (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let codes: string[];
  let pupilOfficeLabel: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 3 });
    codes = await dispatchCodes(app, world);
    const office = await get<{ postcode: string; name: string; locality: string }>(
      app,
      world.admin,
      `/post-offices/${world.pupilOfficeId}`,
    );
    pupilOfficeLabel = `${office.postcode} — ${office.name}, ${office.locality}`;
    for (const code of codes.slice(0, 2))
      for (const event of ['posted', 'delivered', 'return_received']) {
        const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
        expect((await scan(app, token, { code, event })).status).toBe(201);
      }
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string) => signInAs(page, base, login);
  const ready = (code: string) => scannedLine(page, code, say('round.ready.collected'));
  const notBack = (code: string) => scannedLine(page, code, say('round.verdict.not_back'));
  const misread = () => scannedLine(page, 'RR123', say('round.verdict.bad_code'));

  async function check(name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  const appoint = async () => {
    await page
      .getByLabel(say('duties.teacher'), { exact: true })
      .selectOption({ label: 'teacher Тестов' });
    await page
      .getByRole('group', { name: say('duties.offices') })
      .getByLabel(pupilOfficeLabel, { exact: true })
      .check();
    await page.getByRole('button', { name: say('duties.appointButton') }).click();
  };

  it('lets the deputy appoint the collecting teacher, and refuses a second duty on the same dates', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, say('nav.duties'));
    await page.getByText(say('duties.none')).waitFor();
    await page.getByRole('group', { name: say('duties.offices') }).waitFor();
    await appoint();
    await page.getByRole('heading', { name: 'teacher Тестов' }).waitFor();
    await page.getByText(say('duties.noVisit'), { exact: false }).waitFor();
    await appoint();
    await page.getByRole('alert').getByText(say('errors.duty.overlaps')).waitFor();
    await check('duties');
  });

  it('lets the teacher scan work at the office, see each code’s verdict, and finish the round', async () => {
    await signIn(world.teacher.login);
    await openScreen(page, say('nav.round'));
    const input = page.getByLabel(say('round.code'));
    for (const typed of [codes[0], 'RR123', codes[2]]) {
      await input.fill(typed);
      await input.press('Enter');
    }
    await ready(codes[0]).waitFor();
    await misread().waitFor();
    await notBack(codes[2]).waitFor();
    await check('round');
    // Only the work ready here is counted and sent.
    await page.getByRole('button', { name: say('round.finish', { count: 1 }) }).click();
    await page.getByRole('heading', { name: say('round.done', { taken: 1 }) }).waitFor();
    // The visit is over: the next one starts from an empty list.
    await expect(
      page.getByRole('list', { name: say('round.scanned') }).getByRole('listitem'),
    ).toHaveCount(0);
  });

  it('shows the deputy the visit on the duty’s timeline', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, say('nav.duties'));
    await page.getByText(sayAny('duties.lastVisit')).waitFor();
    await page.getByText(say('duties.waiting', { count: 1 }), { exact: false }).waitFor();
    await page.getByText(say('duties.rounds', { count: 1 })).click();
    await page.getByText(say('duties.taken', { count: 1 }), { exact: false }).waitFor();
  });

  it('lets the teacher review the collected paper by keyboard, with the feedback as it will read', async () => {
    await signIn(world.teacher.login);
    await openScreen(page, say('nav.reviews'));
    await page.getByText(say('reviews.waiting', { count: 1 })).waitFor();
    const drawn = page.waitForResponse(
      (r) =>
        r.url().endsWith('/review/preview.pdf') &&
        r.status() === 200 &&
        (r.request().postData() ?? '').includes('3-сұраққа мысал қосыңыз.'),
    );
    await page.keyboard.type('8');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Жақсы! 3-сұраққа мысал қосыңыз.');
    // The feedback page beside the form is the service's PDF of the review as typed.
    const shown = await (await drawn).body();
    expect(await pdfText(shown)).toContain('Жақсы! 3-сұраққа мысал қосыңыз.');
    await page.locator('section.preview[aria-busy="false"] canvas').first().waitFor();
    await check('reviews');
    await page.keyboard.press('Control+Enter');
    await page.getByText(say('reviews.waiting', { count: 0 })).waitFor();
    const packet = await get<{ status: string }>(app, world.teacher.token, `/packets/${codes[0]}`);
    expect(packet.status).toBe('reviewed');
  });
});
