/// <reference lib="dom" />
import { Page } from '@playwright/test';

/**
 * Follows the header's link to a screen by its name: a screen in a group is opened from the
 * group's menu (and on a phone, from behind the "Menu" button), as a person would.
 */
export async function openScreen(page: Page, name: string): Promise<void> {
  const nav = page.getByRole('navigation');
  const link = nav.getByRole('link', { name, exact: true });
  if (!(await link.isVisible())) {
    const toggle = nav.locator('.menu-toggle');
    if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false')
      await toggle.click();
    // A closed group's links are hidden from roles; found by their text, then opened.
    const group = nav.locator('details').filter({ has: page.getByText(name, { exact: true }) });
    if ((await group.count()) > 0 && !(await link.isVisible()))
      await group.locator('summary').click();
  }
  await link.click();
}
