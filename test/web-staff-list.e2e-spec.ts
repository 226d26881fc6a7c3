import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { Page } from '@playwright/test';
import { createTestApp, TEST_ADMIN } from './support/app';
import { createSchoolWorld, PASSWORD, post } from './support/factories';
import { say } from './support/catalogue';
import { afterAll, beforeAll, describe, expect, it, openPage, serve, signIn } from './support/web';

/** The staff screen reads a hundred people at a time, says how many in all, and searches. */
describe('web app: staff list pages and searches (e2e)', () => {
  let app: INestApplication;
  let page: Page;
  const tag = `Zs${Date.now().toString(36)}`;
  const PEOPLE = 105;

  beforeAll(async ({ browser }) => {
    it.setTimeout(120_000);
    app = await createTestApp();
    const base = await serve(app);
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
    page = await openPage(browser, { width: 1024, height: 768 });
    await signIn(page, base, TEST_ADMIN.login, { password: TEST_ADMIN.password });
    await page.goto(`${base}/app/staff`);
    await page.getByRole('heading', { name: say('staff.title'), level: 1 }).waitFor();
  });
  afterAll(async () => {
    await page?.context().close();
    await app?.close();
  });

  it('shows the first hundred matches with their total, then the rest on "show more"', async () => {
    await page.getByLabel(say('staff.search')).fill(tag);
    await page
      .getByText(say('staff.count', { shown: 100, total: PEOPLE }), { exact: true })
      .waitFor();
    await page.getByRole('button', { name: say('common.showMore', { count: 5 }) }).click();
    await page
      .getByText(say('staff.count', { shown: PEOPLE, total: PEOPLE }), { exact: true })
      .waitFor();
    await expect(page.locator('tbody tr')).toHaveCount(PEOPLE);
    const axe = await new AxeBuilder({ page }).include('main').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  });

  it('finds one person by login', async () => {
    await page.getByLabel(say('staff.search')).fill(`${tag.toLowerCase()}.42`);
    await page.getByText(say('staff.count', { shown: 1, total: 1 }), { exact: true }).waitFor();
    await page.getByRole('cell', { name: `Мұғалім ${tag} 042`, exact: true }).waitFor();
  });

  it('says in its own words what each field needs, and a refusal hides the last success', async () => {
    const form = page.getByRole('form', { name: say('staff.create') });
    const name = form.getByLabel(say('staff.fullName'), { exact: true });
    const login = form.getByLabel(say('staff.login'), { exact: true });
    const save = form.getByRole('button', { name: say('common.save') });
    await form.getByLabel(say('staff.role'), { exact: true }).selectOption('admin');
    await name.fill(`Әкімші ${tag}`);
    await login.fill(`${tag.toLowerCase()}.admin`);
    await form.getByLabel(say('staff.password'), { exact: true }).fill(PASSWORD);
    await save.click();
    await form.getByText(say('staff.created')).waitFor();

    // No name and a Cyrillic login: no browser bubble stops the form, our words mark each field.
    await form.getByLabel(say('staff.role'), { exact: true }).selectOption('admin');
    await login.fill('кір');
    await save.click();
    await form.getByText(say('fieldRule.format')).waitFor();
    await form.getByText(say('fieldRule.required')).first().waitFor();
    await expect(login).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText(say('staff.created'))).toHaveCount(0);
    // A corrected field loses its words at once; the others keep theirs.
    await login.fill('kir.ok');
    await form.getByText(say('fieldRule.format')).waitFor({ state: 'detached' });
    await expect(name).toHaveAttribute('aria-invalid', 'true');
  });
});
