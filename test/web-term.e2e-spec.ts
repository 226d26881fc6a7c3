import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';
import { createTestApp } from './support/app';
import { launchChromium } from './support/browser';
import { createOwnDatabase } from './support/own-database';
import { caseBody, createSchoolWorld, get, PASSWORD, post, SchoolWorld } from './support/factories';
import { pdfText } from './support/pdf';
import { openScreen } from './support/nav';

/**
 * A whole term for one class, in the browser only: a dispatch, the clerks' scans at both
 * offices, a collection duty and its round, the reviews, a second dispatch whose print run
 * carries the feedback page, and the report's counts.
 */
describe('web app: a term for one class (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let base: string;
  let codes: string[] = [];
  const topics = ['Бірінші кейс', 'Екінші кейс'];

  beforeAll(async () => {
    // Print runs are rendered by the app's own worker, as under `npm start`; a database of
    // its own keeps other suites' jobs away from it.
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('web_term'), WORKER: 'on' });
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    world = await createSchoolWorld(app, { pupils: 3 });
    for (const topic of topics)
      await post(app, world.teacher.token, '/cases', caseBody(world, { topic }));
    browser = await launchChromium();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
  }, 60_000);
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
  const nav = (name: string) => openScreen(page, name);

  async function dispatch(topic: string): Promise<Buffer> {
    await nav('Жіберу және басып шығару');
    await page.getByLabel('5 Ә (Қазақша)').check();
    await page.getByLabel(new RegExp(`^${topic}`)).check();
    await page.getByRole('button', { name: 'Растау және жөнелтілімдер жасау' }).click();
    await page.getByText('Дайын: 3 жөнелтілім.').waitFor({ timeout: 30_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF жүктеп алу' }).click(),
    ]);
    return readFileSync(await file.path());
  }

  const LABELS: Record<string, string> = {
    posted: 'поштаға тапсырылды',
    delivered: 'табысталды',
    return_received: 'жұмыс поштада',
  };

  async function station(login: string, event: string, scanned: string[]): Promise<void> {
    await signIn(login);
    await nav('Сканерлеу');
    await page.getByLabel('Не болды').selectOption(event);
    const input = page.getByLabel('Штрихкод (сканерлеңіз немесе теріңіз, Enter)');
    for (const code of scanned) {
      await input.fill(code);
      await input.press('Enter');
      await page.getByText(`${code} — ${LABELS[event]}: тіркелді`).waitFor();
    }
  }

  it('plays the term and shows the right counts at the end', async () => {
    await signIn(world.teacher.login);
    await dispatch(topics[0]);
    const sent = await get<{ items: { code: string; status: string }[] }>(
      app,
      world.teacher.token,
      '/packets?status=created',
    );
    codes = sent.items.map((p) => p.code);
    expect(codes).toHaveLength(3);

    await station(world.clerk.login, 'posted', codes);
    await station(world.pupilClerk.login, 'delivered', codes);
    await station(world.pupilClerk.login, 'return_received', codes.slice(0, 2));

    await signIn(world.deputy.login);
    await nav('Жинау кезекшілігі');
    await page.getByLabel('Мұғалім', { exact: true }).selectOption({ label: 'teacher Тестов' });
    await page
      .getByRole('group', { name: 'Оқушылардың пошта бөлімшелері' })
      .getByRole('checkbox')
      .check();
    await page.getByRole('button', { name: 'Тағайындау' }).click();
    await page.getByRole('heading', { name: 'teacher Тестов' }).waitFor();

    await signIn(world.teacher.login);
    await nav('Поштадан жинау');
    const input = page.getByLabel('Штрихкод (сканерлеңіз немесе теріңіз, Enter)');
    for (const code of codes.slice(0, 2)) {
      await input.fill(code);
      await input.press('Enter');
      await page.getByText(`${code} — алуға болады`).waitFor();
    }
    await page.getByRole('button', { name: 'Жинауды аяқтау (2 жұмыс)' }).click();
    await page.getByRole('heading', { name: 'Жинау белгіленді. Алынды: 2' }).waitFor();

    await nav('Жұмыстарды тексеру');
    // A colleague reviews the first paper meanwhile: saving it here is refused, in Kazakh, and
    // the stack moves on to the papers still waiting.
    await page.getByText('Тексеруді күтуде: 2').waitFor();
    const first = page.getByRole('heading', { level: 2 }).filter({ hasText: /RR\d{9}KZ/ });
    const firstCode = /RR\d{9}KZ/.exec(await first.innerText())?.[0] ?? '';
    const [caseId] = (
      await get<{ snapshot: { cases: { id: string }[] } }>(
        app,
        world.teacher.token,
        `/packets/${firstCode}`,
      )
    ).snapshot.cases.map((c) => c.id);
    await post(app, world.director.token, `/packets/${firstCode}/review`, {
      caseReviews: [{ caseId, mark: 7, comment: 'Директордың пікірі' }],
    });
    await page.getByLabel('Баға (1–10)').fill('5');
    await page.getByLabel('Пікір (оқушының келесі жөнелтіліміне басылады)').fill('Кеш қалды');
    await page.getByRole('button', { name: 'Сақтау және келесі жұмыс' }).click();
    await page.getByRole('alert').getByText('Бұл жұмыс бұрын тексерілген.').waitFor();
    await page.getByText('Тексеруді күтуде: 1').waitFor();
    for (const [index, comment] of ['Жақсы, Аружан!'].entries()) {
      await page.getByText(`Тексеруді күтуде: ${1 - index}`).waitFor();
      await page.getByLabel('Баға (1–10)').fill(String(9 - index));
      await page.getByLabel('Пікір (оқушының келесі жөнелтіліміне басылады)').fill(comment);
      await page.getByRole('button', { name: 'Сақтау және келесі жұмыс' }).click();
    }
    await page.getByText('Тексеруді күтуде: 0').waitFor();

    const second = await dispatch(topics[1]);
    const text = await pdfText(second);
    expect(text).toContain('Мұғалімдердің пікірлері');
    expect(text).toContain('Жақсы, Аружан!');
    expect(text).toContain('Директордың пікірі');

    await signIn(world.deputy.login);
    await nav('Есептер');
    const row = page.getByRole('row', { name: /^5 Ә/ });
    await row.waitFor();
    // Sent 6 (two dispatches of 3), delivered 3, returned 2, collected 2, reviewed 2.
    expect((await row.getByRole('cell').allInnerTexts()).slice(0, 5)).toEqual([
      '6',
      '3',
      '2',
      '2',
      '2',
    ]);
  }, 180_000);
});
