import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp } from './support/app';
import { ARTIFACTS } from './support/browser';
import { say, sayAny } from './support/catalogue';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  scan,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';
import { openScreen } from './support/nav';
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

/** The deputy's returns report, the class matrix, and the director's audit log, in the app. */
describe('web app: reports and the audit log (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;
  let first: string;
  let second: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
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
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const signIn = (login: string) => signInAs(page, base, login);

  async function check(name: string): Promise<void> {
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `web-${name}.png`), fullPage: true });
  }

  it('shows the deputy each class’s returns, the silent pupils and the CSV', async () => {
    await signIn(world.deputy.login);
    await openScreen(page, say('nav.reports'));
    const row = page.getByRole('row', { name: /^5 Ә/ });
    await row.waitFor();
    // Sent 3, delivered 2 (one of them then returned), returned 1.
    await expect
      .poll(async () => (await row.getByRole('cell').allInnerTexts()).slice(0, 6))
      .toEqual(['3', '2', '1', '0', '0', '0']);
    await page.getByRole('heading', { name: sayAny('reports.silent', 'kk', '\\d+') }).waitFor();
    await check('reports');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('reports.csv') }).click(),
    ]);
    expect(readFileSync(await file.path(), 'utf8').startsWith('\uFEFF')).toBe(true);
  });

  it('opens the class matrix with each pupil’s step', async () => {
    await page.getByRole('link', { name: '5 Ә' }).first().click();
    await page
      .getByRole('heading', { name: say('reports.matrixTitle', { label: '5 Ә' }) })
      .waitFor();
    await page.getByRole('cell', { name: say('status.return_received') }).waitFor();
    await page
      .getByRole('cell', { name: say('status.delivered') })
      .first()
      .waitFor();
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
    await expect(page.getByRole('link', { name: say('nav.reports') })).toHaveCount(0);
    await page.goto(`${base}/app/audit`);
    // Not for a teacher: the page says so, with the way home, and shows no entries.
    await page.getByRole('heading', { name: say('notFound.forRoleTitle') }).waitFor();
    await expect(page.getByRole('table')).toHaveCount(0);

    await signIn(world.director.login);
    await openScreen(page, say('nav.audit'));
    await page.getByLabel(say('audit.who')).selectOption({ label: 'teacher Тестов' });
    const kind = page.getByLabel(say('audit.kindFilter'));
    await kind.selectOption({ label: say('audit.entity.case') });
    // Each row names its record ("pupil: <name>"), not only its kind.
    const created = (entity: 'audit.entity.case' | 'audit.entity.student', name = '.+') =>
      page.getByRole('row', {
        name: new RegExp(
          `teacher Тестов ${say('audit.record', { kind: say(entity), name })} ${say('audit.action.create')}`,
        ),
      });
    const entry = created('audit.entity.case');
    await entry.waitFor();
    await expect(entry).toHaveCount(1);
    await kind.selectOption({ label: say('audit.entity.student') });
    await created('audit.entity.student', 'Оқушы А Қайратұлы').waitFor();
    await check('audit');

    // A class given another class teacher: both named, not their ids.
    const next = await staffMember(app, world, 'teacher', 'Екінші Мұғалім');
    await request(server(app))
      .patch(`/classes/${world.classId}`)
      .set('Authorization', `Bearer ${world.director.token}`)
      .send({ classTeacherId: next.id })
      .expect(200);
    await page.reload();
    await page.getByLabel(say('audit.who')).selectOption({ label: 'director Тестов' });
    await kind.selectOption({ label: say('audit.entity.class') });
    await page
      .getByText(`${say('audit.field.classTeacherId')}: teacher Тестов → Екінші Мұғалім`)
      .waitFor();
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
    await openScreen(page, say('nav.audit'));
    await page
      .getByLabel(say('audit.kindFilter'))
      .selectOption({ label: say('audit.entity.student') });
    await page.getByText(say('audit.count', { shown: 100, total })).waitFor();
    // In the reader's words: the field's name, not the service's.
    await page
      .getByText(`${say('audit.field.guardianPhone')}: +77011000118 → +77011000119`)
      .waitFor();
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(100);
    await check('audit-long');
    await page
      .getByRole('button', { name: say('common.showMore', { count: total - 100 }) })
      .click();
    await page.getByText(say('audit.count', { shown: total, total })).waitFor();
    await expect(rows).toHaveCount(total);
    await expect(page.getByRole('button', { name: sayAny('common.showMore') })).toHaveCount(0);
  });

  it('gives the pupils’ post clerk the printable list of what waits at the office', async () => {
    await signIn(world.pupilClerk.login);
    await openScreen(page, say('nav.waiting'));
    await page.getByText(`${say('waiting.forTeachers')}: 1`).waitFor();
    await page.getByText(`${say('waiting.forPupils')}: 0`).waitFor();
    await page.getByRole('cell', { name: first }).waitFor();
    await expect(page.getByRole('cell', { name: second })).toHaveCount(0);
    await check('waiting');
  });
});
