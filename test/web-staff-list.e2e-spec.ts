import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { createTestApp, TEST_ADMIN } from './support/app';
import { launchChromium } from './support/browser';
import { createSchoolWorld, PASSWORD, post } from './support/factories';

const kk = JSON.parse(
  readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', 'kk.json'), 'utf8'),
) as Record<string, string>;
const fill = (key: string, values: Record<string, number>): string =>
  Object.entries(values).reduce(
    (text, [name, value]) => text.replace(`{${name}}`, String(value)),
    kk[key],
  );

/** The staff screen reads a hundred people at a time, says how many in all, and searches. */
describe('web app: staff list pages and searches (e2e)', () => {
  let app: INestApplication;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  const tag = `Zs${Date.now().toString(36)}`;
  const PEOPLE = 105;

  beforeAll(async () => {
    app = await createTestApp();
    await app.listen(0, '127.0.0.1');
    const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    const world = await createSchoolWorld(app, { pupils: 0 });
    for (let i = 0; i < PEOPLE; i += 5)
      await Promise.all(
        [0, 1, 2, 3, 4].map((j) =>
          post(app, world.admin, '/staff', {
            fullName: `Мұғалім ${tag} ${String(i + j).padStart(3, '0')}`,
            role: 'teacher',
            login: `${tag.toLowerCase()}.${i + j}`,
            password: PASSWORD,
            schoolId: world.schoolId,
          }),
        ),
      );
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${base}/app/staff`);
    await page.getByLabel(kk['signIn.login']).fill(TEST_ADMIN.login);
    await page.getByLabel(kk['signIn.password']).fill(TEST_ADMIN.password);
    await page.getByRole('button', { name: kk['signIn.submit'] }).click();
    await page.getByRole('heading', { name: kk['staff.title'], level: 1 }).waitFor();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app.close();
  });

  it('shows the first hundred matches with their total, then the rest on "show more"', async () => {
    await page.getByLabel(kk['staff.search']).fill(tag);
    await page
      .getByText(fill('staff.count', { shown: 100, total: PEOPLE }), { exact: true })
      .waitFor();
    await page.getByRole('button', { name: fill('common.showMore', { count: 5 }) }).click();
    await page
      .getByText(fill('staff.count', { shown: PEOPLE, total: PEOPLE }), { exact: true })
      .waitFor();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(PEOPLE);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('finds one person by login', async () => {
    await page.getByLabel(kk['staff.search']).fill(`${tag.toLowerCase()}.42`);
    await page.getByText(fill('staff.count', { shown: 1, total: 1 }), { exact: true }).waitFor();
    await page.getByRole('cell', { name: `Мұғалім ${tag} 042`, exact: true }).waitFor();
  });

  it('says in its own words what each field needs, and a refusal hides the last success', async () => {
    const form = page.getByRole('form', { name: kk['staff.create'] });
    const name = form.getByLabel(kk['staff.fullName'], { exact: true });
    const login = form.getByLabel(kk['staff.login'], { exact: true });
    const save = form.getByRole('button', { name: kk['common.save'] });
    await form.getByLabel(kk['staff.role'], { exact: true }).selectOption('admin');
    await name.fill(`Әкімші ${tag}`);
    await login.fill(`${tag.toLowerCase()}.admin`);
    await form.getByLabel(kk['staff.password'], { exact: true }).fill(PASSWORD);
    await save.click();
    await form.getByText(kk['staff.created']).waitFor();

    // No name and a Cyrillic login: no browser bubble stops the form, our words mark each field.
    await form.getByLabel(kk['staff.role'], { exact: true }).selectOption('admin');
    await login.fill('кір');
    await save.click();
    await form.getByText(kk['fieldRule.format']).waitFor();
    await form.getByText(kk['fieldRule.required']).first().waitFor();
    expect(await login.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => form.getByText(kk['staff.created']).count()).toBe(0);
    // A corrected field loses its words at once; the others keep theirs.
    await login.fill('kir.ok');
    await form.getByText(kk['fieldRule.format']).waitFor({ state: 'detached' });
    expect(await name.getAttribute('aria-invalid')).toBe('true');
  });
});
