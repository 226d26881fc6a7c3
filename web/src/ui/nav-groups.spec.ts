import { isCurrent, navFor, NavEntry } from './nav-groups';
import { ROUTES } from './routes';

const screensOf = (entries: NavEntry[]): string[] =>
  entries.flatMap((e) => (e.kind === 'link' ? [e.link.to] : e.links.map((l) => l.to)));

describe("the header's navigation", () => {
  const roles = [
    'admin',
    'director',
    'deputy_academic',
    'deputy_upbringing',
    'teacher',
    'post_clerk',
  ] as const;

  it.each(roles)('offers a %s every screen the role may use, once, after home', (role) => {
    const screens = screensOf(navFor(role));
    expect(screens[0]).toBe('/');
    const mayUse = ROUTES.filter(
      (r) => 'menu' in r && (r.roles as readonly string[]).includes(role),
    ).map((r) => r.path);
    expect([...screens.slice(1)].sort()).toEqual([...mayUse].sort());
  });

  it("groups a director's dozen screens into a few entries", () => {
    const entries = navFor('director');
    expect(screensOf(entries).length).toBeGreaterThanOrEqual(12);
    expect(entries.length).toBeLessThanOrEqual(5);
    expect(entries.filter((e) => e.kind === 'group').length).toBeGreaterThanOrEqual(3);
  });

  it("lists a clerk's two screens one by one", () => {
    expect(navFor('post_clerk').every((e) => e.kind === 'link')).toBe(true);
  });

  it('marks a page under a screen as that screen', () => {
    expect(isCurrent('/cases/new', '/cases')).toBe(true);
    expect(isCurrent('/dispatch?class=1', '/dispatch')).toBe(true);
    expect(isCurrent('/casesx', '/cases')).toBe(false);
    expect(isCurrent('/cases', '/cases')).toBe(true);
    expect(isCurrent('/classes', '/')).toBe(false);
    expect(isCurrent('/', '/')).toBe(true);
  });
});
