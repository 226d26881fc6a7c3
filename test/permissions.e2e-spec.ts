import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PERMISSIONS } from '@/auth/permissions';
import { Role } from '@/auth/role';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  login,
  PASSWORD,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

type Caller = Role | 'anonymous';
const CALLERS: Caller[] = [
  'anonymous',
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
  'teacher',
  'post_clerk',
];
const PAGES = ['GET /scan', 'GET /dashboard'];

interface Route {
  method: string;
  path: string;
  key: string;
}

/**
 * Every route of the OpenAPI document, called by every role: the permission matrix is what
 * the guards do, and records of another school or office are invisible (404).
 */
describe('permission matrix (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;
  let routes: Route[];
  const ids: Record<string, string> = {};
  const tokens: Partial<Record<Caller, string>> = {};

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([
      createSchoolWorld(app, { pupils: 1 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
    Object.assign(tokens, {
      admin: a.admin,
      director: a.director.token,
      deputy_upbringing: a.deputy.token,
      teacher: a.teacher.token,
      post_clerk: a.clerk.token,
    });
    const academicLogin = unique('academic.');
    await post(app, a.admin, '/staff', {
      fullName: 'Оқу ісі',
      role: 'deputy_academic',
      schoolId: a.schoolId,
      login: academicLogin,
      password: PASSWORD,
    });
    tokens.deputy_academic = await login(app, academicLogin);

    // School B's records, which school A's staff and office must not see.
    const lessonCase = await post<{ id: string }>(app, b.teacher.token, '/cases', caseBody(b));
    const dispatch = await post<{ id: string; packets: { code: string }[] }>(
      app,
      b.teacher.token,
      '/dispatches',
      { classId: b.classId, caseIds: [lessonCase.id], returnDueOn: daysFromNow(7) },
    );
    const printJob = await post<{ id: string }>(
      app,
      b.teacher.token,
      '/print-jobs',
      { dispatchIds: [dispatch.id] },
      202,
    );
    const duty = await post<{ id: string }>(app, b.deputy.token, '/collection-duties', {
      schoolId: b.schoolId,
      teacherId: b.teacher.id,
      postOfficeIds: [b.pupilOfficeId],
      startsOn: daysFromNow(0),
    });
    const scheduled = await post<{ items: { id: string }[] }>(app, b.director.token, '/schedule', {
      classId: b.classId,
      startOn: daysFromNow(1),
      periodDays: 7,
      count: 1,
    });
    Object.assign(ids, {
      '/schedule': scheduled.items[0].id,
      '/schools': b.schoolId,
      '/classes': b.classId,
      '/students': b.studentIds[0],
      '/cases': lessonCase.id,
      '/dispatches': dispatch.id,
      '/print-jobs': printJob.id,
      '/packets': dispatch.packets[0].code,
      '/collection-duties': duty.id,
      '/reports/classes': b.classId,
      '/post-offices': a.officeId,
      '/staff': b.teacher.id,
    });

    const document = (await request(server(app)).get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    routes = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => {
        const pattern = path.replace(/\{(\w+)\}/g, ':$1');
        return { method: method.toUpperCase(), path, key: `${method.toUpperCase()} ${pattern}` };
      }),
    );
  });
  afterAll(() => app.close());

  it('has every documented route in the matrix, and nothing else', () => {
    const documented = routes.map((r) => r.key);
    expect(documented.filter((key) => !(key in PERMISSIONS))).toEqual([]);
    expect(
      Object.keys(PERMISSIONS).filter((key) => !documented.includes(key) && !PAGES.includes(key)),
    ).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
  });

  const urlOf = (route: Route): string =>
    route.path.replace(
      /\{(\w+)\}/g,
      () =>
        ids[
          Object.keys(ids)
            .filter((prefix) => route.path.startsWith(prefix))
            .sort((x, y) => y.length - x.length)[0]
        ],
    );

  it('lets exactly the permitted roles through, and hides other schools’ records', async () => {
    const outcomes: string[] = [];
    let checked = 0;
    // Signing out ends the caller's session, so it is tried after every other route.
    const signOutLast = [...routes].sort(
      (x, y) => Number(x.key === 'POST /auth/logout') - Number(y.key === 'POST /auth/logout'),
    );
    for (const route of signOutLast) {
      const permission = PERMISSIONS[route.key];
      for (const caller of CALLERS) {
        const call = request(server(app))[route.method.toLowerCase() as 'get'](urlOf(route));
        if (caller !== 'anonymous') void call.set('Authorization', `Bearer ${tokens[caller]}`);
        const { status } = route.method === 'GET' ? await call : await call.send({});
        checked++;
        const allowed =
          permission === 'public' || (caller !== 'anonymous' && permission.includes(caller));
        const expected = allowed ? 'allowed' : caller === 'anonymous' ? 401 : 403;
        const got =
          status === 401 || status === 403 ? status : status >= 500 ? `5xx(${status})` : 'allowed';
        if (got !== expected)
          outcomes.push(`${route.key} as ${caller}: expected ${expected}, got ${status}`);
        const foreignRecord = route.path.includes('{') && !route.path.startsWith('/post-offices');
        if (
          allowed &&
          foreignRecord &&
          route.method === 'GET' &&
          caller !== 'admin' &&
          caller !== 'anonymous' &&
          status !== 404
        ) {
          outcomes.push(
            `${route.key} as ${caller} of school A: expected 404 for school B's record, got ${status}`,
          );
        }
      }
    }
    expect(outcomes).toEqual([]);
    expect(checked).toBe(routes.length * CALLERS.length);
  });

  it('answers HEAD as the GET beside it: open for the old page addresses, a token for the rest', async () => {
    await request(server(app)).head('/health').expect(200);
    // The clerk's and the deputy's old pages lead to their screens in the web app.
    await request(server(app)).get('/scan').expect(302).expect('Location', '/app/station');
    await request(server(app)).get('/dashboard').expect(302).expect('Location', '/app/reports');
    await request(server(app)).head('/students').expect(401);
    await request(server(app))
      .head('/students')
      // The matrix signed every caller out at its end: a fresh session.
      .set('Authorization', `Bearer ${await login(app, a.teacher.login)}`)
      .expect(200);
  });
});
