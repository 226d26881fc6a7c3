/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { join } from 'node:path';
import { createTestApp, TEST_ADMIN } from './support/app';
import { ARTIFACTS } from './support/browser';
import { Language, wordsIn } from './support/catalogue';
import {
  caseBody,
  createSchoolWorld,
  dispatchCodes,
  get,
  post,
  scan,
  SchoolWorld,
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
  signIn,
} from './support/web';

const ky = wordsIn('ky');
const WIDTHS = [1024, 390];

/**
 * What of the page does not fit: the page wider than the window, a table outside a scrolling
 * box, a header cell whose words are cut; and each scrolling box: whether its table fits, and
 * whether a box that does not fit is framed with its "scrolls sideways" line showing.
 */
function layoutOf(page: Page) {
  return page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    loose: [...document.querySelectorAll('table')]
      .filter((table) => !table.closest('[role="region"]'))
      .filter((table) => table.getBoundingClientRect().width > window.innerWidth)
      .map((table) => table.querySelector('caption')?.textContent ?? table.className),
    cut: [...document.querySelectorAll('th')]
      .filter((th) => th.scrollWidth > th.clientWidth + 1)
      .map((th) => th.textContent),
    regions: [...document.querySelectorAll<HTMLElement>('.scroll[role="region"]')].map((region) => {
      const hint = region.querySelector('.scroll-hint');
      return {
        name: region.getAttribute('aria-label'),
        fits: region.scrollWidth <= region.clientWidth + 1,
        saysItScrolls: !!hint && getComputedStyle(hint).display !== 'none',
      };
    }),
  }));
}

/** Kyrgyz screens: the returns report's tables fit their boxes, file pickers speak the reader's language. */
describe('web app: Kyrgyz screens (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let page: Page;
  let base: string;

  beforeAll(async ({ browser }) => {
    app = await createTestApp();
    base = await serve(app);
    world = await createSchoolWorld(app, { language: 'ky', pupils: 3 });
    for (const subjectCode of ['kyrgyz_language', 'mathematics']) {
      const [code] = await dispatchCodes(app, world, 14, { language: 'ky', subjectCode });
      expect((await scan(app, world.clerk.token, { code, event: 'posted' })).status).toBe(201);
    }
    page = await openPage(browser);
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  /** The header's language switch, named in whichever language the screen is in now. */
  const inLanguage = async (language: Language) => {
    await page.goto(`${base}/app/`);
    const names = (['kk', 'ru', 'ky'] as const).map((l) => wordsIn(l)('language.label'));
    await page.getByLabel(new RegExp(`^(${names.join('|')})$`)).selectOption(language);
  };

  it('names each subject as the subject catalogue does in Kyrgyz, on the report', async () => {
    await inLanguage('ky');
    await signIn(page, base, world.deputy.login, { language: 'ky' });
    await openScreen(page, ky('nav.reports'));
    const subjects = await get<{ items: { code: string; nameKy: string | null }[] }>(
      app,
      world.deputy.token,
      '/subjects',
    );
    for (const code of ['kyrgyz_language', 'mathematics']) {
      const name = subjects.items.find((s) => s.code === code)?.nameKy;
      expect(name).toBeTruthy();
      await expect(page.getByRole('row', { name: new RegExp(`^${name}`) })).toHaveCount(1);
    }
  });

  for (const language of ['ky', 'kk', 'ru'] as const)
    it(`fits the returns report's tables at 1024 and 390 px in ${language}`, async () => {
      await inLanguage(language);
      await signIn(page, base, world.deputy.login, { language });
      await openScreen(page, wordsIn(language)('nav.reports'));
      await page.getByRole('row', { name: /^5 /u }).first().waitFor();
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: join(ARTIFACTS, `web-report-${language}-${width}.png`),
          fullPage: true,
        });
        const layout = await layoutOf(page);
        expect({ page: layout.page, loose: layout.loose, cut: layout.cut }).toEqual({
          page: 0,
          loose: [],
          cut: [],
        });
        expect(layout.regions.length).toBeGreaterThanOrEqual(3);
        // At 1024 px the report's tables fit whole; narrower, a table scrolls in its own box,
        // which says so.
        const tooWide = layout.regions.filter((r) => !r.fits);
        if (width >= 1024) expect(tooWide.map((r) => r.name)).toEqual([]);
        expect(tooWide.filter((r) => !r.saysItScrolls).map((r) => r.name)).toEqual([]);
      }
      await page.setViewportSize({ width: 1366, height: 768 });
    });

  it('offers a labelled file button in Kyrgyz, with the chosen file named', async () => {
    await inLanguage('ky');
    await signIn(page, base, world.director.login, { language: 'ky' });
    await page.goto(`${base}/app/classes/${world.classId}`);
    const picker = page.getByLabel(ky('roster.choose'), { exact: true });
    await expect(page.getByText(ky('file.none'), { exact: true })).toBeVisible();
    // The browser's own control ("Choose file", "No file chosen") is out of sight.
    expect((await picker.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
    await picker.setInputFiles({
      name: 'тизме.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFАты-жөнү;Дареги\n'),
    });
    await expect(page.getByText('тизме.csv', { exact: true })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'web-ky-file-picker.png'), fullPage: true });

    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { language: 'ky', subjectCode: 'kyrgyz_language' }),
    );
    await signIn(page, base, world.teacher.login, { language: 'ky' });
    await page.goto(`${base}/app/cases/${lessonCase.id}`);
    const pictures = page.getByRole('group', { name: ky('editor.addPicture') });
    await expect(pictures.getByText(ky('file.none'), { exact: true })).toBeVisible();
    await expect(pictures.locator('label.file-button')).toHaveText(ky('editor.pictureFile'));
  });

  it('leads the admin from the class list to each class, saying what is there', async () => {
    await inLanguage('ky');
    await signIn(page, base, TEST_ADMIN.login, { language: 'ky', password: TEST_ADMIN.password });
    await openScreen(page, ky('nav.classes'));
    await expect(page.getByText(ky('classes.introAdmin'))).toBeVisible();
    const school = await get<{ name: string }>(app, world.admin, `/schools/${world.schoolId}`);
    await page.getByLabel(ky('staff.school')).selectOption({ label: school.name });
    await expect(page.getByText(ky('classes.introAdmin'))).toHaveCount(0);
    await page
      .getByRole('link', { name: ky('classes.open') })
      .first()
      .click();
    await page.getByRole('heading', { name: ky('classes.heading', { label: '5 Ә' }) }).waitFor();
    await expect(page.getByLabel(ky('roster.choose'), { exact: true })).toHaveCount(1);
    await page.goBack();
    await page.screenshot({ path: join(ARTIFACTS, 'web-ky-admin-classes.png'), fullPage: true });
  });
});
