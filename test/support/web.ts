/// <reference lib="dom" />
// What every browser test shares: its runner's words, the app served, a page, signing in, axe.
import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { Browser, Locator, Page, test } from '@playwright/test';
import { Key, Language, say, wordsIn } from './catalogue';
import { PASSWORD } from './factories';

export { expect } from '@playwright/test';

/**
 * A browser test file is one story: its tests share the app and the page and run in order
 * (Playwright's serial mode), so a failure skips the rest of its file instead of running them
 * on a page left half-way.
 */
export function describe(title: string, body: () => void): void {
  test.describe(title, () => {
    test.describe.configure({ mode: 'serial' });
    body();
  });
}
export const it = test;
export const beforeAll = test.beforeAll;
export const afterAll = test.afterAll;

/** Serves the app on a free local port; its address, as the browser opens it. */
export async function serve(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  return (await app.getUrl()).replace('[::1]', '127.0.0.1');
}

/** A page in a context of its own (fresh storage) of the worker's shared Chromium. */
export async function openPage(
  browser: Browser,
  viewport = { width: 1366, height: 768 },
): Promise<Page> {
  const context = await browser.newContext({ viewport });
  return context.newPage();
}

export interface SignInOptions {
  password?: string;
  /** The language the screen is in. */
  language?: Language;
  /** The heading that says the person is in; null: wait for nothing after sending the form. */
  landing?: Key | null;
  /**
   * An admin or director set this password: the app first asks for the person's own, which
   * is set to the same `password` here so later sign-ins use it.
   */
  firstTime?: boolean;
}

/**
 * Signs in through the app's form as a person would, signing out first whoever the app
 * restored.
 */
export async function signIn(
  page: Page,
  base: string,
  login: string,
  {
    password = PASSWORD,
    language = 'kk',
    landing = 'home.greeting',
    firstTime = false,
  }: SignInOptions = {},
): Promise<void> {
  const say = wordsIn(language);
  await page.goto(`${base}/app/`);
  const signOut = page.getByRole('button', { name: say('signOut'), exact: true });
  // The app first restores any session: wait until it shows the sign-in form or a
  // signed-in header, or a late header would hide the form from the next step.
  await signOut.or(page.locator('input[type="password"]')).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await page.getByLabel(say('signIn.login'), { exact: true }).fill(login);
  await page.getByLabel(say('signIn.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: say('signIn.submit'), exact: true }).click();
  if (firstTime) {
    await page.getByRole('heading', { name: say('password.title') }).waitFor();
    await page.getByLabel(say('password.new'), { exact: true }).fill(password);
    await page.getByLabel(say('password.repeat'), { exact: true }).fill(password);
    await page.getByRole('button', { name: say('password.submit') }).click();
  }
  if (landing) await page.getByRole('heading', { name: say(landing) }).waitFor();
}

/** axe-core's serious and critical findings on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help}`);
}

/**
 * A line of the round's scanned list: its code and what the round says of it (a known code
 * also names the pupil's class and initials between the two).
 */
export function scannedLine(page: Page, code: string, verdict: string): Locator {
  return page
    .getByRole('list', { name: say('round.scanned') })
    .getByRole('listitem')
    .filter({ hasText: code })
    .filter({ hasText: verdict });
}
