import { INestApplication } from '@nestjs/common';
import { join } from 'node:path';
import { Page } from '@playwright/test';
import { adminDisplayName } from '@/auth/admin-name';
import { DOCUMENTED_ADMIN_PASSWORD } from '@/common/config/environment';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import {
  appointCarrier,
  appointCollector,
  backdate,
  createSchoolWorld,
  dispatchCodes,
  get,
  PASSWORD,
  scan,
  SchoolWorld,
  server,
} from './support/factories';
import { openScreen } from './support/nav';
import request from 'supertest';
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

/**
 * What every screen shares, at a counter PC several people use: the first admin's own
 * password, who is signed in, nothing of the previous person's data for the next, and the
 * clerk's station (asking before "lost", keeping its event and its misread codes).
 */
describe('web app: the shell at a shared PC (e2e)', () => {
  let app: INestApplication;
  let base: string;
  let page: Page;
  let a: SchoolWorld;
  let b: SchoolWorld;
  let codes: string[];

  beforeAll(async ({ browser }) => {
    // A fresh service whose admin still has the README's password.
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_shell'),
      ADMIN_PASSWORD: DOCUMENTED_ADMIN_PASSWORD,
    });
    base = await serve(app);
    page = await openPage(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string, password = PASSWORD) =>
    signInAs(page, base, login, { password, landing: null });
  const noSeriousViolations = async () => expect(await seriousViolations(page)).toEqual([]);
  /** Table cells whose words are cut, or that sit beyond the screen's right edge, by column. */
  const cutCells = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('main table.cards td'))
        .filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.right > window.innerWidth + 1 || cell.scrollWidth > cell.clientWidth + 1;
        })
        .map((cell) => (cell as HTMLElement).dataset.label ?? cell.textContent ?? ''),
    );

  it('asks the first admin for a password of their own before anything else', async () => {
    await signIn('admin', DOCUMENTED_ADMIN_PASSWORD);
    await page.getByRole('heading', { name: say('password.title') }).waitFor();
    await expect(page.getByRole('link', { name: say('nav.offices') })).toHaveCount(0);
    await noSeriousViolations();
    await page.getByLabel(say('password.new'), { exact: true }).fill(TEST_ADMIN.password);
    await page.getByLabel(say('password.repeat'), { exact: true }).fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: say('password.submit') }).click();
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    await page.getByRole('banner').getByText(adminDisplayName()).waitFor();

    await request(server(app))
      .post('/auth/login')
      .send({ login: 'admin', password: DOCUMENTED_ADMIN_PASSWORD })
      .expect(401);
    const again = await request(server(app)).post('/auth/login').send(TEST_ADMIN).expect(200);
    expect(again.body.user).toMatchObject({
      fullName: adminDisplayName(),
      passwordChangeDue: false,
    });

    // The admin's screens are ready for the rest of this suite.
    [a, b] = [await createSchoolWorld(app), await createSchoolWorld(app)];
    codes = await dispatchCodes(app, a);
    await backdate(app, 'packets', 'code', codes, 1);
    for (const code of codes) {
      expect((await scan(app, a.clerk.token, { code, event: 'posted' })).status).toBe(201);
      expect((await scan(app, a.pupilClerk.token, { code, event: 'arrived' })).status).toBe(201);
    }
  });

  it("shows the next person in the same tab none of the previous person's data", async () => {
    const schoolName = async (world: SchoolWorld) =>
      (await get<{ name: string }>(app, world.deputy.token, `/schools/${world.schoolId}`)).name;
    await signIn(a.deputy.login);
    await page
      .getByRole('banner')
      .getByText(await schoolName(a))
      .waitFor();
    await openScreen(page, say('nav.messages'));
    // School A's messages to its pupils' guardians, one per packet.
    await page.getByRole('link', { name: codes[0] }).waitFor();

    await page.getByRole('button', { name: say('signOut') }).click();
    // School B's list is held back on its way: what shows meanwhile is only what the page kept.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(
      (url) => url.pathname === '/notifications',
      async (route) => {
        await held;
        await route.continue();
      },
    );
    await page.getByLabel(say('signIn.login')).fill(b.deputy.login);
    await page.getByLabel(say('signIn.password')).fill(PASSWORD);
    await page.getByRole('button', { name: say('signIn.submit') }).click();
    await page
      .getByRole('banner')
      .getByText(await schoolName(b))
      .waitFor();
    await openScreen(page, say('nav.messages'));
    await page.getByRole('heading', { name: say('messages.title') }).waitFor();
    for (const code of codes) await expect(page.getByText(code)).toHaveCount(0);
    const otherSchool = await schoolName(a);
    await expect(page.getByText(otherSchool)).toHaveCount(0);
    release();
    await page.unroute((url) => url.pathname === '/notifications');
    // School B has sent no messages: its own list, loaded, is empty.
    await page
      .getByText(say('messages.count').replace('{shown}', '0').replace('{total}', '0'))
      .waitFor();
    for (const code of codes) await expect(page.getByText(code)).toHaveCount(0);
  });

  it('asks before "lost", keeps its event after a reload and a misread code in the list', async () => {
    await signIn(a.clerk.login);
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    await openScreen(page, say('nav.station'));
    const event = page.getByLabel(say('station.event'));
    await event.selectOption('lost');
    await page.reload();
    await page.getByRole('heading', { name: say('station.title') }).waitFor();
    expect(await event.inputValue()).toBe('lost');

    const input = page.getByLabel(say('round.code'));
    const status = async () =>
      (await get<{ status: string }>(app, a.teacher.token, `/packets/${codes[1]}`)).status;
    await input.fill(codes[1]);
    await input.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await confirm.getByText(codes[1], { exact: false }).waitFor();
    await noSeriousViolations();
    await confirm.getByRole('button', { name: say('station.lostConfirm.no') }).click();
    await confirm.waitFor({ state: 'detached' });
    await expect(page.getByRole('listitem').filter({ hasText: codes[1] })).toHaveCount(0);
    expect(await status()).toBe('arrived');

    await input.fill(codes[1]);
    await input.press('Enter');
    await confirm.getByRole('button', { name: say('station.lostConfirm.yes') }).click();
    await page
      .getByRole('listitem')
      .filter({ hasText: codes[1] })
      .getByText(say('station.applied'), { exact: false })
      .waitFor();
    expect(await status()).toBe('lost');

    await input.fill('RR123');
    await input.press('Enter');
    const misread = page
      .getByRole('listitem')
      .filter({ hasText: 'RR123' })
      .getByText(say('errors.packet.code_format'), { exact: false });
    await misread.waitFor();
    await page.reload();
    await misread.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-station-lost.png'), fullPage: true });

    // The next clerk at this PC sees none of it, and the browser keeps none of it: they start
    // at their own home, not at the station the previous clerk left open.
    await page.getByRole('button', { name: say('signOut') }).click();
    await page.getByLabel(say('signIn.login')).fill(b.clerk.login);
    await page.getByLabel(say('signIn.password')).fill(PASSWORD);
    await page.getByRole('button', { name: say('signIn.submit') }).click();
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/');
    await openScreen(page, say('nav.station'));
    await page.getByText(say('station.online'), { exact: false }).waitFor();
    expect(await event.inputValue()).toBe('arrived');
    expect(
      await page.evaluate(() =>
        Object.keys(localStorage).filter((key) => key.startsWith('kazpost.station.choice')),
      ),
    ).toEqual([]);
    await expect(page.getByText(codes[1])).toHaveCount(0);
    await expect(page.getByText('RR123')).toHaveCount(0);
    const kept = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const opened = indexedDB.open('kazpost-station', 1);
          opened.onsuccess = () => {
            const all = opened.result.transaction('scans').objectStore('scans').getAll();
            all.onsuccess = () => resolve((all.result as { code: string }[]).map((s) => s.code));
            all.onerror = () => reject(new Error('read'));
          };
          opened.onerror = () => reject(new Error('open'));
        }),
    );
    expect(kept).toEqual([]);
  });

  it('says so at an address that is not for the role or does not exist, with a way home', async () => {
    await signIn(a.clerk.login);
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    await page.goto(`${base}/app/offices`);
    await page.getByRole('heading', { name: say('notFound.forRoleTitle') }).waitFor();
    // A page under a screen is the screen's role's, whatever its parameter.
    await page.goto(`${base}/app/cases/new?from=x`);
    await page.getByRole('heading', { name: say('notFound.forRoleTitle') }).waitFor();
    await expect
      .poll(() => page.title())
      .toBe(`${say('notFound.forRoleTitle')} · ${say('app.title')}`);
    // Addresses beside and below the clerk's own screens are nothing, not the screen.
    for (const address of ['/no-such-screen', '/station/extra', '/waiting/1/2']) {
      await page.goto(`${base}/app${address}`);
      await page.getByRole('heading', { name: say('notFound.title') }).waitFor();
      await expect(page.getByRole('heading', { name: say('station.title') })).toHaveCount(0);
    }
    await expect.poll(() => page.title()).toBe(`${say('notFound.title')} · ${say('app.title')}`);
    await noSeriousViolations();
    await page.getByRole('link', { name: say('notFound.home') }).click();
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/');
    // The window's title names the screen, as the menu leads there.
    await openScreen(page, say('nav.station'));
    await page.getByRole('heading', { name: say('station.title') }).waitFor();
    await expect.poll(() => page.title()).toBe(`${say('station.title')} · ${say('app.title')}`);
  });

  it('fits every busy screen into a 390 px phone, with no sideways spill', async () => {
    // One paper waits for review, so the reviews screen shows its stack and form.
    await appointCollector(app, a);
    for (const [event, token] of [
      ['delivered', a.pupilClerk.token],
      ['return_received', a.pupilClerk.token],
      ['collected', a.teacher.token],
    ]) {
      const extra = event === 'collected' ? { postOfficeId: a.pupilOfficeId } : {};
      expect((await scan(app, token, { code: codes[2], event, ...extra })).status).toBe(201);
    }
    // A by-hand pupil's packet for the class teacher to carry: the carrier's list and home.
    await request(server(app))
      .patch(`/students/${a.studentIds[1]}/channel`)
      .set('Authorization', `Bearer ${a.director.token}`)
      .send({ channel: 'by_hand', reason: 'Ауылға мектеп көлігі барады' })
      .expect(200);
    await dispatchCodes(app, a);
    const carrierId = await appointCarrier(app, a);
    const screens: [string, string, string, () => Promise<void>][] = [
      [
        a.teacher.login,
        `/round/${carrierId}/carry`,
        'carry',
        async () => {
          await page.getByRole('heading', { level: 2 }).first().waitFor();
          await page
            .getByText(say('carry.toHandOver', { count: 1 }))
            .first()
            .waitFor();
        },
      ],
      [
        a.teacher.login,
        '/',
        'carrier-home',
        async () => {
          await page.getByRole('heading', { name: say('home.duty') }).waitFor();
        },
      ],
      [
        a.director.login,
        '/reviews',
        'reviews',
        async () => {
          await page.getByRole('navigation', { name: say('reviews.stack') }).waitFor();
        },
      ],
      [
        a.director.login,
        `/classes/${a.classId}`,
        'class',
        async () => {
          await page
            .getByRole('cell', { name: /Қайратұлы/ })
            .first()
            .waitFor();
        },
      ],
      [
        a.director.login,
        '/staff',
        'staff',
        async () => {
          await page.getByRole('cell', { name: a.teacher.login, exact: true }).waitFor();
        },
      ],
      [
        a.director.login,
        '/packets',
        'desk',
        async () => {
          await page.getByLabel(say('desk.find')).fill('Қайратұлы');
          await page.getByRole('button', { name: say('desk.search') }).click();
          await page.getByRole('link', { name: codes[0] }).waitFor();
        },
      ],
      [
        a.director.login,
        '/reports',
        'reports',
        async () => {
          await page.getByRole('heading', { level: 2 }).first().waitFor();
        },
      ],
      [
        a.teacher.login,
        '/cases',
        'cases',
        async () => {
          await page.getByRole('region', { name: say('cases.title') }).waitFor();
        },
      ],
      [
        a.clerk.login,
        '/station',
        'station',
        async () => {
          await page.getByText(say('station.online'), { exact: false }).waitFor();
        },
      ],
    ];
    await page.setViewportSize({ width: 390, height: 844 });
    const spills: string[] = [];
    for (const [login, path, name, loaded] of screens) {
      await signIn(login);
      await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
      await page.goto(`${base}/app${path}`);
      await loaded();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(ARTIFACTS, `phone-${name}-390.png`), fullPage: true });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) spills.push(`${name}: ${width} px`);
      // Sign-out stays on the screen.
      const signOut = await page.getByRole('button', { name: say('signOut') }).boundingBox();
      if (signOut!.x + signOut!.width > 390) spills.push(`${name}: sign-out off screen`);
      // The lists of people to reach read as cards on a phone: every value whole, in sight.
      if (name === 'class' || name === 'carry')
        spills.push(...(await cutCells()).map((cell) => `${name}: ${cell} cut or off screen`));
    }
    expect(spills).toEqual([]);
    // A carrier reads their duty before the home's counts.
    await signIn(a.teacher.login);
    const duty = await page.getByRole('heading', { name: say('home.duty') }).boundingBox();
    const counts = await page.locator('main .figures').boundingBox();
    expect(duty!.y).toBeLessThan(counts!.y);
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const [name, path] of [
      ['class', `/classes/${a.classId}`],
      ['carry', `/round/${carrierId}/carry`],
    ]) {
      await page.goto(`${base}/app${path}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: join(ARTIFACTS, `phone-${name}-1024.png`), fullPage: true });
    }
  });

  it("shows each role's home and busiest screen at 1024 and 390 px", async () => {
    const people: [string, string, string][] = [
      ['admin', TEST_ADMIN.login, '/offices'],
      ['director', a.director.login, '/reports'],
      ['deputy', a.deputy.login, '/messages'],
      ['teacher', a.teacher.login, '/cases'],
      ['clerk', a.pupilClerk.login, '/waiting'],
    ];
    for (const [role, login, busiest] of people) {
      await page.setViewportSize({ width: 1024, height: 768 });
      await signIn(login, role === 'admin' ? TEST_ADMIN.password : PASSWORD);
      await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
      for (const width of [1024, 390]) {
        await page.setViewportSize({ width, height: width > 500 ? 768 : 844 });
        for (const [name, path] of [
          ['home', '/'],
          ['busiest', busiest],
        ]) {
          await page.goto(`${base}/app${path}`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
          // The header keeps to a small part of a phone's screen.
          const header = await page.getByRole('banner').boundingBox();
          expect(header!.height).toBeLessThan(width > 500 ? 140 : 300);
          await page.screenshot({
            path: join(ARTIFACTS, `shell-${role}-${name}-${width}.png`),
            fullPage: false,
          });
        }
      }
      await page.getByRole('button', { name: say('signOut') }).click();
    }
  });
});
