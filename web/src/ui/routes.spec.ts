import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import kk from '../i18n/kk.json';
import { nextStep } from '../home/next-step';
import { mayOpen, pathOf, resolve, ROLES, ROUTES } from './routes';

const screenOf = (address: string, role: (typeof ROLES)[number]) => {
  const at = resolve(address, role);
  return at.kind === 'screen' ? { screen: at.route.screen, params: at.params } : at.kind;
};

describe('the route table', () => {
  it('opens each screen at its address, with the parameters it names', () => {
    expect(screenOf('/', 'teacher')).toEqual({ screen: 'home', params: {} });
    expect(screenOf('/classes/c-1', 'teacher')).toEqual({
      screen: 'class',
      params: { classId: 'c-1' },
    });
    expect(screenOf('/reports/classes/c-2', 'director')).toEqual({
      screen: 'classMatrix',
      params: { classId: 'c-2' },
    });
    expect(screenOf('/packets/RR123456785KZ', 'teacher')).toEqual({
      screen: 'packet',
      params: { code: 'RR123456785KZ' },
    });
  });

  it('prefers a named page to a parameter, whatever the query or a trailing slash', () => {
    expect(screenOf('/cases/new?from=abc', 'teacher')).toEqual({ screen: 'newCase', params: {} });
    expect(screenOf('/cases/new/', 'teacher')).toEqual({ screen: 'newCase', params: {} });
    expect(screenOf('/cases/9f1c', 'teacher')).toEqual({
      screen: 'case',
      params: { caseId: '9f1c' },
    });
  });

  it('decodes a parameter, and keeps a malformed one as typed', () => {
    expect(screenOf('/classes/5%D3%98', 'director')).toEqual({
      screen: 'class',
      params: { classId: '5Ә' },
    });
    expect(screenOf('/classes/%E0%A4%A', 'director')).toEqual({
      screen: 'class',
      params: { classId: '%E0%A4%A' },
    });
  });

  it('knows no address beyond its screens, below them or beside them', () => {
    for (const address of [
      '/no-such-screen',
      '/offices/extra',
      '/cases/a/b',
      '/reports/classes',
      '/reports/pupils/1',
      '/station/x',
      '/classes//',
      '/index.html',
    ])
      expect([address, screenOf(address, 'admin')]).toEqual([address, 'unknown']);
  });

  it("says which addresses are not the role's, pages under a screen included", () => {
    expect(screenOf('/offices', 'post_clerk')).toBe('forRole');
    expect(screenOf('/cases/new', 'post_clerk')).toBe('forRole');
    expect(screenOf('/cases', 'deputy_upbringing')).toBe('forRole');
    expect(screenOf('/reports/classes/c-1', 'teacher')).toBe('forRole');
    expect(screenOf('/station', 'director')).toBe('forRole');
  });

  it('lets every role open home, and gives each of its pages the roles of its screen', () => {
    for (const role of ROLES) expect(mayOpen(role, '/')).toBe(true);
    for (const route of ROUTES) {
      const parent = ROUTES.find(
        (r) => r.path !== route.path && route.path.startsWith(`${r.path}/`),
      );
      if (parent && parent.path !== '/')
        expect([route.path, route.roles]).toEqual([route.path, parent.roles]);
    }
  });

  it('names every screen by a catalogue key with no values to fill in', () => {
    const catalogue: Record<string, string> = kk;
    for (const route of ROUTES) {
      expect([route.path, catalogue[route.title]]).toEqual([route.path, expect.any(String)]);
      expect([route.path, catalogue[route.title].includes('{')]).toEqual([route.path, false]);
    }
  });

  it('sends every role only to addresses it may open from its home', () => {
    const summaries = [
      undefined,
      { classes: 0, pupils: 0, cases: 0, dispatchesThisWeek: 0, awaitingReview: 0, overdue: 0 },
      { classes: 2, pupils: 0, cases: 0, dispatchesThisWeek: 0, awaitingReview: 0, overdue: 0 },
      { classes: 2, pupils: 9, cases: 0, dispatchesThisWeek: 0, awaitingReview: 0, overdue: 0 },
      { classes: 2, pupils: 9, cases: 3, dispatchesThisWeek: 0, awaitingReview: 0, overdue: 0 },
      { classes: 2, pupils: 9, cases: 3, dispatchesThisWeek: 1, awaitingReview: 0, overdue: 4 },
      { classes: 2, pupils: 9, cases: 3, dispatchesThisWeek: 1, awaitingReview: 5, overdue: 0 },
    ].map((s) => s && { ...s, postOffices: 0, schools: 0, staff: 1 });
    const refused = ROLES.flatMap((role) =>
      summaries
        .map((s) => nextStep(role, s).to)
        .filter((to) => !mayOpen(role, to))
        .map((to) => `${role} ${to}`),
    );
    expect(refused).toEqual([]);
  });

  it("reads an address's path without its query, fragment or trailing slash", () => {
    expect(pathOf('/dispatch?class=1')).toBe('/dispatch');
    expect(pathOf('/cases/#top')).toBe('/cases');
    expect(pathOf('')).toBe('/');
    expect(pathOf('/')).toBe('/');
  });

  it('has a screen for every address the app links or moves to', () => {
    const source = join(__dirname, '..');
    const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.spec.ts'),
    );
    // <Link to="/x">, to={`/x/${id}`}, navigate('/x'), { to: '/x' }; a value filled in is one segment.
    const pattern = /(?:to=\{?|navigate\(|to: )[`'"](\/[^`'"]*)[`'"]/g;
    const addresses = files.flatMap((file) =>
      [...readFileSync(join(source, file), 'utf8').matchAll(pattern)].map((m) =>
        m[1].replace(/\$\{[^}]*\}/g, 'x'),
      ),
    );
    expect(addresses.length).toBeGreaterThan(20);
    expect(addresses.filter((address) => resolve(address, 'director').kind === 'unknown')).toEqual(
      [],
    );
  });
});
