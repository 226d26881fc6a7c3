import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import request from 'supertest';
import { createTestApp } from './support/app';
import { ARTIFACTS, launchChromium } from './support/browser';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  PASSWORD,
  scan,
  SchoolWorld,
  server,
} from './support/factories';
import { openScreen } from './support/nav';
import kk from '../web/src/i18n/kk.json';
import { formatMessage, Values } from '../web/src/i18n/format-message';

const say = (key: keyof typeof kk, values?: Values): string => formatMessage(kk[key], 'kk', values);

/** The deputy's returns report, the class matrix, and the director's audit log, in the app. */
describe('web app: reports and the audit log (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let first: string;
  let second: string;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 3 });
    [first, second] = await dispatchCodes(app, world);
    for (const [code, events] of [
      [first, ['posted', 'delivered', 'return_received']],
      [second, ['posted', 'delivered']],
    ] as const)
      for (const event of events) {
        const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
        expect((await scan(app, token, { code, event })).status).toBe(201);
      }
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  });
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  async function signIn(login: string): Promise<void> {
    await page.goto(`${base}/app/`);
    const signOut = page.getByRole('button', { name: 'Шығу' });
    // The app first restores any session: wait until it shows the sign-in form or a
    // signed-in header, or a late header would hide the form from the next step.
    await signOut.or(page.locator('input[type="password"]')).first().waitFor();
    if (await signOut.isVisible()) await signOut.click();
    await page.getByLabel('Логин').fill(login);
    await page.getByLabel('Құпиясөз').fill(PASSWORD);
    await page.getByRole('button', { name: 'Кіру' }).click();
    await page.getByRole('heading', { name: 'Қош келдіңіз' }).waitFor();
  }

  async function check(name: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
    ).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  it('shows the deputy each class’s returns, the silent pupils and the CSV', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, 'Есептер');
    const row = page.getByRole('row', { name: /^5 Ә/ });
    await row.waitFor();
    // Sent 3, delivered 2 (one of them then returned), returned 1.
    expect((await row.getByRole('cell').allInnerTexts()).slice(0, 6)).toEqual([
      '3',
      '2',
      '1',
      '0',
      '0',
      '0',
    ]);
    await page
      .getByRole('heading', { name: /28 күн бойы ештеңе тапсырмаған оқушылар: \d+/ })
      .waitFor();
    await check('reports');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Excel үшін CSV жүктеу' }).click(),
    ]);
    expect(readFileSync(await file.path(), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('opens the class matrix with each pupil’s step', async () => {
    await page.getByRole('link', { name: '5 Ә' }).first().click();
    await page.getByRole('heading', { name: '5 Ә сыныбы: оқушылар мен кейстер' }).waitFor();
    await page.getByRole('cell', { name: 'жұмыс поштада' }).waitFor();
    await page.getByRole('cell', { name: 'табысталды' }).first().waitFor();
    await check('class-matrix');
  });

  it('says a report the service refused could not be loaded, and offers to load it again', async () => {
    await page.goto(`${base}/app/reports/classes/${randomUUID()}`);
    const reason = say('errors.class.not_found');
    const bar = page.getByRole('alert').filter({ hasText: say('common.loadFailed', { reason }) });
    await bar.getByRole('button', { name: say('common.retry') }).waitFor();
  });

  it('keeps the reports and the audit log from a teacher, and shows the director who did what', async () => {
    await signIn(world.teacher.login);
    await expect.poll(() => page.getByRole('link', { name: 'Есептер' }).count()).toBe(0);
    await page.goto(`${base}/app/audit`);
    // Not for a teacher: the page says so, with the way home, and shows no entries.
    await page.getByRole('heading', { name: say('notFound.forRoleTitle') }).waitFor();
    await expect.poll(() => page.getByRole('table').count()).toBe(0);

    await signIn(world.director.login);
    await openScreen(page, 'Өзгерістер журналы');
    await page.getByLabel('Кім').selectOption({ label: 'teacher Тестов' });
    await page.getByLabel('Жазба түрі').selectOption({ label: 'кейс' });
    const entry = page.getByRole('row', { name: /teacher Тестов кейс қосты/ });
    await entry.waitFor();
    await expect.poll(() => entry.count()).toBe(1);
    await page.getByLabel('Жазба түрі').selectOption({ label: 'оқушы' });
    await page
      .getByRole('row', { name: /teacher Тестов оқушы қосты/ })
      .first()
      .waitFor();
    await check('audit');
  });

  it('shows a long audit log a hundred rows at a time, each row once', async () => {
    // A term's corrections: 120 changes to one pupil's guardian phone.
    const pupil = world.studentIds[0];
    for (let i = 0; i < 120; i++) {
      const phone = `+7701${String(1_000_000 + i)}`;
      await request(server(app))
        .patch(`/students/${pupil}`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send({ guardianPhone: phone })
        .expect(200);
    }
    const { total } = await get<{ total: number }>(
      app,
      world.director.token,
      '/audit?entity=student&limit=1',
    );
    expect(total).toBeGreaterThan(120);
    await signIn(world.director.login);
    await openScreen(page, 'Өзгерістер журналы');
    await page.getByLabel('Жазба түрі').selectOption({ label: 'оқушы' });
    await page.getByText(`Көрсетілді: 100, барлығы: ${total}`).waitFor();
    // In the reader's words: the field's name, not the service's.
    await page.getByText('Ата-анасының телефоны: +77011000118 → +77011000119').waitFor();
    const rows = page.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(100);
    await check('audit-long');
    await page.getByRole('button', { name: `Тағы ${total - 100} көрсету` }).click();
    await page.getByText(`Көрсетілді: ${total}, барлығы: ${total}`).waitFor();
    await expect.poll(() => rows.count()).toBe(total);
    await expect.poll(() => page.getByRole('button', { name: /көрсету/ }).count()).toBe(0);
  });

  it('gives the pupils’ post clerk the printable list of what waits at the office', async () => {
    await signIn(world.pupilClerk.login);
    await openScreen(page, 'Бөлімшеде күтуде');
    await page.getByText('Мұғалім алуы керек (жұмыс тапсырылды): 1').waitFor();
    await page.getByText('Оқушыға беру керек (келді, әлі берілмеді): 0').waitFor();
    await page.getByRole('cell', { name: first }).waitFor();
    await expect.poll(() => page.getByRole('cell', { name: second }).count()).toBe(0);
    await check('waiting');
  });
});
