import { mayOpen, ROLES } from '../ui/routes';
import { figuresFor } from './figures';

describe("the home screen's figures", () => {
  it.each(ROLES)('link a %s only to screens the role may open', (role) => {
    const links = figuresFor(role).flatMap((f) => (f.to ? [f.to] : []));
    expect(links.filter((to) => !mayOpen(role, to))).toEqual([]);
  });

  it('still show the count whose screen the role may not open, as plain text', () => {
    const cases = figuresFor('deputy_upbringing').find((f) => f.key === 'cases');
    expect(cases).toEqual({ key: 'cases', label: 'home.cases', to: undefined });
    expect(figuresFor('teacher').find((f) => f.key === 'cases')?.to).toBe('/cases');
  });

  it("give the admin the directory's counts and a clerk none", () => {
    expect(figuresFor('admin').map((f) => f.to)).toEqual(['/offices', '/schools', '/staff']);
    expect(figuresFor('post_clerk')).toEqual([]);
  });
});
