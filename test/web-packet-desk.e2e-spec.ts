import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { join } from 'node:path';
import sms from '../templates/sms/kk.json';
import { formatDate } from '../web/src/ui/format';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { pattern, say, sayAny } from './support/catalogue';
import {
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  scan,
  SchoolWorld,
} from './support/factories';
import { openScreen } from './support/nav';
import { createOwnDatabase } from './support/own-database';
import { waitFor } from './support/wait';
import {
  afterAll,
  beforeAll,
  describe,
  expect,
  it,
  openPage,
  seriousViolations,
  serve,
  signIn,
} from './support/web';

/** As a counter PC in the Russian layout types RR123456785KZ: R -> К, K -> Л, Z -> Я. */
const russianLayout = (code: string): string =>
  code.replace(/R/g, 'К').replace(/K/g, 'Л').replace(/Z/g, 'Я');

/**
 * The packet desk: find by scan or name, the packet's history and text messages, more time,
 * send again.
 */
describe('web app: the packet desk (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let codes: string[];

  beforeAll(async ({ browser }) => {
    // The app's own worker writes the guardians' messages (SMS_PROVIDER=log), at any hour;
    // a database of its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_packet_desk'),
      WORKER: 'on',
      SMS_QUIET_HOURS: 'none',
    });
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 4 });
    codes = await dispatchCodes(app, world);
    expect((await scan(app, world.clerk.token, { code: codes[0], event: 'posted' })).status).toBe(
      201,
    );
    expect(
      (await scan(app, world.pupilClerk.token, { code: codes[0], event: 'arrived' })).status,
    ).toBe(201);
    // The guardian's "on its way" goes before the postman finds no such address: a message
    // still waiting when the packet moves on is skipped, not sent.
    await waitFor(
      () =>
        get<{ items: { status: string }[] }>(
          app,
          world.deputy.token,
          `/notifications?packetCode=${codes[0]}`,
        ),
      ({ items }) => items[0]?.status === 'sent',
      { what: "the guardian's message to be sent" },
    );
    const undeliverable = await scan(app, world.pupilClerk.token, {
      code: codes[0],
      event: 'undeliverable',
      reason: 'address_not_found',
    });
    expect(undeliverable.status).toBe(201);
    page = await openPage(browser);
    await signIn(page, base, world.deputy.login);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  async function check(name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  const find = async (typed: string) => {
    await openScreen(page, say('nav.packets'));
    await page.getByLabel(say('desk.find')).fill(typed);
    await page.getByLabel(say('desk.find')).press('Enter');
  };

  it('opens a packet scanned in the Russian keyboard layout, with its whole history', async () => {
    await find(russianLayout(codes[0]));
    await page.getByRole('heading', { name: codes[0] }).waitFor();
    await page
      .getByRole('cell', {
        name: `${say('status.undeliverable')} (${say('desk.reason.address_not_found')})`,
      })
      .waitFor();
    await page.getByRole('cell', { name: say('status.arrived') }).waitFor();
    // Who scanned each event is on its line.
    await expect(page.getByRole('cell', { name: 'post_clerk Тестов' })).toHaveCount(3);
    await check('packet');
  });

  it("shows the guardian's text message about the packet, and one opted out gets none", async () => {
    // Sent by the worker meanwhile: the page follows the message until it has left.
    await find(codes[0]);
    await page.getByRole('heading', { name: codes[0] }).waitFor();
    await page.getByRole('region', { name: say('messages.title') }).waitFor();
    // The first pupil's packet comes to the door: the guardian is told it is on its way.
    const sent = page.getByRole('row', { name: sayAny('messages.kind.packet_on_way') });
    await sent.getByText(say('messages.status.sent')).waitFor();
    // The text in the class's language, to the guardian's number.
    await sent.getByText('+77012345670').waitFor();
    await sent.getByText(pattern(sms.packet_on_way)).waitFor();

    // The class teacher's page: the fourth pupil's guardian asked for no messages.
    await page.goto(`${base}/app/classes/${world.classId}`);
    const row = page.getByRole('row', { name: /Оқушы Г Қайратұлы/ });
    await row.getByRole('button', { name: say('pupils.editOne', { name: 'Оқушы' }) }).click();
    await row.getByLabel(say('pupils.smsOptOut')).check();
    await row.getByRole('button', { name: say('common.save') }).click();
    await row.getByLabel(say('pupils.smsOptOut')).waitFor({ state: 'detached' });
    expect((await scan(app, world.clerk.token, { code: codes[3], event: 'posted' })).status).toBe(
      201,
    );
    expect(
      (await scan(app, world.pupilClerk.token, { code: codes[3], event: 'arrived' })).status,
    ).toBe(201);
    await find(codes[3]);
    await page.getByRole('heading', { name: codes[3] }).waitFor();
    await page
      .getByRole('row', { name: sayAny('messages.kind.packet_arrived') })
      .getByText(`${say('messages.status.skipped')} — ${say('messages.reason.opted_out')}`)
      .waitFor();
    await check('packet-messages');

    // The school's messages: the deputy picks the ones that did not go, to phone those families.
    await openScreen(page, say('nav.messages'));
    await page.getByRole('heading', { name: say('messages.title') }).waitFor();
    await page
      .getByLabel(say('messages.status'))
      .selectOption({ label: say('messages.status.skipped') });
    await page.getByText(say('messages.count', { shown: 1, total: 1 })).waitFor();
    const skipped = page.getByRole('row', { name: /Оқушы Г Қайратұлы/ });
    await skipped.getByText(say('messages.reason.opted_out'), { exact: false }).waitFor();
    await check('messages');
    await skipped.getByRole('link', { name: codes[3] }).click();
    await page.getByRole('heading', { name: codes[3] }).waitFor();
    await find(codes[0]);
    await page.getByRole('heading', { name: codes[0] }).waitFor();
  });

  it('sends the undeliverable packet again, under a new code', async () => {
    await page.getByRole('button', { name: say('desk.resendButton') }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(codes[0]));
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    await expect(heading).toHaveText(/^RR\d{9}KZ$/);
    await expect(heading).not.toHaveText(codes[0]);
    await page.getByText(say('status.created'), { exact: true }).waitFor();
  });

  it('finds a packet by the pupil’s name and gives it more time, refusing an earlier date', async () => {
    await find('оқушы б');
    await page.getByRole('link', { name: codes[1] }).click();
    await page.getByRole('heading', { name: codes[1] }).waitFor();
    await page.getByLabel(say('desk.newDate')).fill(formatDate(daysFromNow(10)));
    await page.getByLabel(say('desk.reason')).fill('Жол жабылды');
    await page.getByRole('button', { name: say('desk.extendButton') }).click();
    await page.getByRole('alert').getByText(sayAny('errors.packet.return_date_invalid')).waitFor();
    await expect(page.getByLabel(say('desk.reason'))).toHaveValue('Жол жабылды');
    await page.getByLabel(say('desk.newDate')).fill(formatDate(daysFromNow(21)));
    await page.getByRole('button', { name: say('desk.extendButton') }).click();
    await page.getByText(say('desk.extended')).waitFor();
    await page.getByText('(Жол жабылды)', { exact: false }).waitFor();
    await check('packet-extended');
  });

  it('reprints a packet lost on the way under a new code, the reason required', async () => {
    expect((await scan(app, world.clerk.token, { code: codes[2], event: 'posted' })).status).toBe(
      201,
    );
    await find(codes[2]);
    await page.getByRole('heading', { name: codes[2] }).waitFor();
    const form = page.getByRole('form', { name: say('desk.reprint') });
    await form.getByLabel(say('desk.reason')).fill('Жолда жоғалды');
    await form.getByRole('button', { name: say('desk.reprintButton') }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(codes[2]));
    await page.getByText(say('status.created'), { exact: true }).waitFor();
    const old = await get<{ status: string }>(app, world.deputy.token, `/packets/${codes[2]}`);
    expect(old.status).toBe('lost');
  });

  it('sets a wrong scan right, keeping it in the history, marked', async () => {
    expect((await scan(app, world.clerk.token, { code: codes[1], event: 'posted' })).status).toBe(
      201,
    );
    await find(codes[1]);
    await page.getByRole('heading', { name: codes[1] }).waitFor();
    await page.getByRole('button', { name: say('desk.correct') }).click();
    await page.getByLabel(say('desk.correctWhy')).fill('Басқа жөнелтілім сканерленді');
    await page.getByRole('button', { name: say('desk.correctButton'), exact: true }).click();
    await page
      .getByText(
        pattern(say('desk.corrected', { at: '{at}', reason: 'Басқа жөнелтілім сканерленді' })),
      )
      .waitFor();
    const packet = await get<{ status: string }>(app, world.deputy.token, `/packets/${codes[1]}`);
    expect(packet.status).toBe('created');
    await check('packet-corrected');
  });
});
