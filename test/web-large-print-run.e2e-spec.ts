import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Page } from '@playwright/test';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  PASSWORD,
  post,
  SchoolWorld,
} from './support/factories';
import { createOwnDatabase } from './support/own-database';
import { decodeBarcodes, pdfPageCount } from './support/pdf';
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
} from './support/web';

/**
 * A large dispatch's print run from the class page: the service prepares it as a print job
 * (here "large" is more than 2 packets), the page shows its progress and saves the PDF when
 * it is ready, with no second click.
 */
describe('web app: the print run of a large dispatch (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('web_large_print_run'),
      WORKER: 'on',
      DIRECT_DOWNLOAD_MAX_PACKETS: '2',
    });
    base = await serve(app);
    world = await createSchoolWorld(app, { pupils: 3 });
    page = await openPage(browser, { width: 1024, height: 768 });
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  const dispatch = async (studentIds: string[]) => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    return post<{ id: string; packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      {
        classId: world.classId,
        caseIds: [lesson.id],
        studentIds,
        returnDueOn: daysFromNow(14),
      },
    );
  };
  /** The class page's history row of the dispatch with this many packets. */
  const rowOf = (packets: number) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: String(packets), exact: true }) });

  it('shows the run being prepared on the class page, then saves the whole PDF', async () => {
    const small = await dispatch(world.studentIds.slice(0, 2));
    const made = await dispatch(world.studentIds);
    await page.goto(`${base}/app/`);
    await page.getByLabel(say('signIn.login')).fill(world.director.login);
    await page.getByLabel(say('signIn.password')).fill(PASSWORD);
    await page.getByRole('button', { name: say('signIn.submit') }).click();
    await page.getByRole('heading', { name: say('home.greeting') }).waitFor();
    await page.goto(`${base}/app/classes/${world.classId}`);

    // A dispatch of up to the threshold comes at once, as before.
    const [direct] = await Promise.all([
      page.waitForEvent('download'),
      rowOf(2)
        .getByRole('button', { name: say('print.packets') })
        .click(),
    ]);
    const smallPdf = readFileSync(await direct.path());
    const smallPerPacket = (await pdfPageCount(smallPdf)) / 2;
    expect(await decodeBarcodes(smallPdf, smallPerPacket + 1)).toEqual([small.packets[1].code]);

    const saved = page.waitForEvent('download', { timeout: 60_000 });
    await rowOf(3)
      .getByRole('button', { name: say('print.packets') })
      .click();
    // The first answer is always "being prepared" (202): the page says how far it is.
    await page.getByRole('progressbar').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    const pdf = readFileSync(await (await saved).path());
    const perPacket = (await pdfPageCount(pdf)) / 3;
    for (let i = 0; i < 3; i++)
      expect(await decodeBarcodes(pdf, i * perPacket + 1)).toEqual([made.packets[i].code]);
    await page.getByRole('progressbar').waitFor({ state: 'detached' });
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: string }[]>(
        'SELECT count(*) FROM print_jobs WHERE dispatch_ids = ARRAY[$1]::uuid[]',
        [made.id],
      );
    expect(Number(count)).toBe(1);
    const [{ smallRuns }] = await app
      .get(DataSource)
      .query<{ smallRuns: string }[]>(
        'SELECT count(*) AS "smallRuns" FROM print_jobs WHERE dispatch_ids = ARRAY[$1]::uuid[]',
        [small.id],
      );
    expect(Number(smallRuns)).toBe(0);
  });
});
