import { INestApplication } from '@nestjs/common';
import { createTestApp } from './support/app';
import { createSchoolWorld, get, PASSWORD, post, SchoolWorld } from './support/factories';

interface StaffPage {
  items: { id: string; fullName: string; login: string; schoolId: string | null }[];
  total: number;
}

/** The staff list pages with its total and searches by name or login, like the other lists. */
describe('staff list: pages and search (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;
  const tag = `Zq${Date.now().toString(36)}`;
  const made: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([createSchoolWorld(app), createSchoolWorld(app)]);
    for (const [i, name] of ['Әсем', 'Бақыт', 'Ғалым'].entries()) {
      const member = await post<{ id: string }>(app, a.director.token, '/staff', {
        fullName: `${name} ${tag}`,
        role: 'teacher',
        login: `${tag.toLowerCase()}.${i}`,
        password: PASSWORD,
        schoolId: a.schoolId,
      });
      made.push(member.id);
    }
    // The same words in another school: the director never sees them.
    await post(app, b.director.token, '/staff', {
      fullName: `Дана ${tag}`,
      role: 'teacher',
      login: `${tag.toLowerCase()}.b`,
      password: PASSWORD,
      schoolId: b.schoolId,
    });
  });
  afterAll(() => app.close());

  const page = (token: string, query: string) => get<StaffPage>(app, token, `/staff?${query}`);

  it('reads the matches a page at a time with their total, none twice', async () => {
    const search = encodeURIComponent(tag.toUpperCase());
    const first = await page(a.director.token, `search=${search}&limit=2&offset=0`);
    const second = await page(a.director.token, `search=${search}&limit=2&offset=2`);
    expect(first.total).toBe(3);
    expect(second.total).toBe(3);
    expect(first.items).toHaveLength(2);
    expect(second.items).toHaveLength(1);
    const ids = [...first.items, ...second.items].map((m) => m.id);
    expect(new Set(ids)).toEqual(new Set(made));
    expect([...first.items, ...second.items].every((m) => m.schoolId === a.schoolId)).toBe(true);
  });

  it('finds by login as well as name; the admin finds every school’s', async () => {
    const byLogin = await page(a.director.token, `search=${tag.toLowerCase()}.1`);
    expect(byLogin.items.map((m) => m.id)).toEqual([made[1]]);
    const everyone = await page(a.admin, `search=${tag}&limit=100`);
    expect(everyone.total).toBe(4);
    const none = await page(a.director.token, `search=${encodeURIComponent('%')}${tag}`);
    expect(none.total).toBe(0);
  });
});
