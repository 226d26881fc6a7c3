import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import {
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  PASSWORD,
  scan,
  SchoolWorld,
} from './support/factories';
import { openScreen } from './support/nav';
import { formatDate } from '../web/src/ui/format';
import { waitFor } from './support/wait';

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
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let codes: string[];

  beforeAll(async () => {
    // The app's own worker writes the guardians' messages (SMS_PROVIDER=log), at any hour;
    // a database of its own keeps other suites' jobs away from it.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_packet_desk'),
      WORKER: 'on',
      SMS_QUIET_HOURS: 'none',
    });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
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
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${base}/app/`);
    await page.getByLabel('Логин').fill(world.deputy.login);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  async function check(name: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  const find = async (typed: string) => {
    await openScreen(page, 'Жөнелтілімдер');
    await page.getByLabel('Штрихкод немесе оқушының аты').fill(typed);
    await page.getByLabel('Штрихкод немесе оқушының аты').press('Enter');
  };

  it('opens a packet scanned in the Russian keyboard layout, with its whole history', async () => {
    await find(russianLayout(codes[0]));
    await page.getByRole('heading', { name: codes[0] }).waitFor();
    await page.getByRole('cell', { name: 'табысталмады (мекенжай табылмады)' }).waitFor();
    await page.getByRole('cell', { name: 'бөлімшеге келді' }).waitFor();
    // Who scanned each event is on its line.
    await expect.poll(() => page.getByRole('cell', { name: 'post_clerk Тестов' }).count()).toBe(3);
    await check('packet');
  });

  it("shows the guardian's text message about the packet, and one opted out gets none", async () => {
    // Sent by the worker meanwhile: the page follows the message until it has left.
    await find(codes[0]);
    await page.getByRole('heading', { name: codes[0] }).waitFor();
    await page.getByRole('region', { name: 'SMS хабарламалар' }).waitFor();
    // The first pupil's packet comes to the door: the guardian is told it is on its way.
    const sent = page.getByRole('row', { name: /Жөнелтілім үйге жолда/ });
    await sent.getByText('Жіберілді').waitFor();
    // The text in the class's language, to the guardian's number.
    await sent.getByText('+77012345670').waitFor();
    await sent.getByText('пошташы үйге әкеледі', { exact: false }).waitFor();

    // The class teacher's page: the fourth pupil's guardian asked for no messages.
    await page.goto(`${base}/app/classes/${world.classId}`);
    const row = page.getByRole('row', { name: /Оқушы Г Қайратұлы/ });
    await row.getByRole('button', { name: /Өзгерту/ }).click();
    await row.getByLabel('Ата-ана SMS алудан бас тартты').check();
    await row.getByRole('button', { name: 'Сақтау' }).click();
    await row.getByLabel('Ата-ана SMS алудан бас тартты').waitFor({ state: 'detached' });
    expect((await scan(app, world.clerk.token, { code: codes[3], event: 'posted' })).status).toBe(
      201,
    );
    expect(
      (await scan(app, world.pupilClerk.token, { code: codes[3], event: 'arrived' })).status,
    ).toBe(201);
    await find(codes[3]);
    await page.getByRole('heading', { name: codes[3] }).waitFor();
    await page
      .getByRole('row', { name: /Жөнелтілім поштада күтіп тұр/ })
      .getByText('Жіберілмейді — ата-ана SMS-тен бас тартқан')
      .waitFor();
    await check('packet-messages');

    // The school's messages: the deputy picks the ones that did not go, to phone those families.
    await openScreen(page, 'SMS');
    await page.getByRole('heading', { name: 'SMS хабарламалар' }).waitFor();
    await page.getByLabel('Күйі').selectOption({ label: 'Жіберілмейді' });
    await page.getByText('Көрсетілді: 1, барлығы: 1').waitFor();
    const skipped = page.getByRole('row', { name: /Оқушы Г Қайратұлы/ });
    await skipped.getByText('ата-ана SMS-тен бас тартқан', { exact: false }).waitFor();
    await check('messages');
    await skipped.getByRole('link', { name: codes[3] }).click();
    await page.getByRole('heading', { name: codes[3] }).waitFor();
    await find(codes[0]);
    await page.getByRole('heading', { name: codes[0] }).waitFor();
  });

  it('sends the undeliverable packet again, under a new code', async () => {
    await page.getByRole('button', { name: 'Қайта жіберу' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(codes[0]));
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.innerText()).toMatch(/^RR\d{9}KZ$/);
    expect(await heading.innerText()).not.toBe(codes[0]);
    await page.getByText('жасалды', { exact: true }).waitFor();
  });

  it('finds a packet by the pupil’s name and gives it more time, refusing an earlier date', async () => {
    await find('оқушы б');
    await page.getByRole('link', { name: codes[1] }).click();
    await page.getByRole('heading', { name: codes[1] }).waitFor();
    await page.getByLabel('Жаңа мерзім').fill(formatDate(daysFromNow(10)));
    await page.getByLabel('Себебі').fill('Жол жабылды');
    await page.getByRole('button', { name: 'Ұзарту' }).click();
    await page
      .getByRole('alert')
      .getByText('Жаңа мерзім қазіргіден кейін', { exact: false })
      .waitFor();
    expect(await page.getByLabel('Себебі').inputValue()).toBe('Жол жабылды');
    await page.getByLabel('Жаңа мерзім').fill(formatDate(daysFromNow(21)));
    await page.getByRole('button', { name: 'Ұзарту' }).click();
    await page.getByText('Мерзім ұзартылды.').waitFor();
    await page.getByText('(Жол жабылды)', { exact: false }).waitFor();
    await check('packet-extended');
  });

  it('reprints a packet lost on the way under a new code, the reason required', async () => {
    expect((await scan(app, world.clerk.token, { code: codes[2], event: 'posted' })).status).toBe(
      201,
    );
    await find(codes[2]);
    await page.getByRole('heading', { name: codes[2] }).waitFor();
    const form = page.getByRole('form', {
      name: 'Жоғалған немесе бүлінген жөнелтілімді қайта басу',
    });
    await form.getByLabel('Себебі').fill('Жолда жоғалды');
    await form.getByRole('button', { name: 'Жаңа кодпен қайта басу' }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(codes[2]));
    await page.getByText('жасалды', { exact: true }).waitFor();
    const old = await get<{ status: string }>(app, world.deputy.token, `/packets/${codes[2]}`);
    expect(old.status).toBe('lost');
  });

  it('sets a wrong scan right, keeping it in the history, marked', async () => {
    expect((await scan(app, world.clerk.token, { code: codes[1], event: 'posted' })).status).toBe(
      201,
    );
    await find(codes[1]);
    await page.getByRole('heading', { name: codes[1] }).waitFor();
    await page.getByRole('button', { name: 'Қате сканерлеу ме? Түзету' }).click();
    await page.getByLabel('Не қате болды').fill('Басқа жөнелтілім сканерленді');
    await page.getByRole('button', { name: 'Түзету', exact: true }).click();
    await page
      .getByText('Басқа жөнелтілім сканерленді. Есепке алынбайды.', { exact: false })
      .waitFor();
    const packet = await get<{ status: string }>(app, world.deputy.token, `/packets/${codes[1]}`);
    expect(packet.status).toBe('created');
    await check('packet-corrected');
  });
});
