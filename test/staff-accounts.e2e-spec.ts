import { INestApplication } from '@nestjs/common';
import { sign } from 'jsonwebtoken';
import request from 'supertest';
import { createTestApp, TEST_JWT_SECRET } from './support/app';
import {
  createSchoolWorld,
  get,
  login,
  PASSWORD,
  Person,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

interface AuditItem {
  entity: string;
  action: string;
  targetId: string;
  actorRole: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

describe('staff accounts (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([
      createSchoolWorld(app, { pupils: 1 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
  });
  afterAll(() => app.close());

  const call = (token: string, method: 'post' | 'patch' | 'get', url: string, body?: object) => {
    const agent = request(server(app));
    return agent[method](url)
      .set('Authorization', `Bearer ${token}`)
      .send(body ?? {});
  };

  async function newTeacher(world: SchoolWorld): Promise<Person> {
    const loginName = unique('teacher.');
    const created = await post<{ id: string }>(app, world.director.token, '/staff', {
      fullName: 'Жаңа Мұғалім',
      role: 'teacher',
      schoolId: world.schoolId,
      login: loginName,
      password: PASSWORD,
    });
    return { id: created.id, login: loginName, token: await login(app, loginName) };
  }

  const auditOf = async (token: string, targetId: string): Promise<AuditItem[]> =>
    (
      await get<{ items: (AuditItem & { targetId: string })[] }>(
        app,
        token,
        '/audit?entity=staff&limit=500',
      )
    ).items.filter((entry) => entry.targetId === targetId);

  it('deactivates an account: its token stops at once, it cannot log in, until reactivated', async () => {
    const teacher = await newTeacher(a);
    await call(teacher.token, 'get', '/classes').expect(200);
    const deactivated = await call(
      a.director.token,
      'post',
      `/staff/${teacher.id}/deactivate`,
    ).expect(200);
    expect(deactivated.body).toMatchObject({ id: teacher.id, active: false });
    const refused = await call(teacher.token, 'get', '/classes').expect(401);
    expect(refused.body.code).toBe('auth.session_invalid');
    const noLogin = await request(server(app))
      .post('/auth/login')
      .send({ login: teacher.login, password: PASSWORD })
      .expect(401);
    expect(noLogin.body.code).toBe('auth.bad_credentials');

    await call(a.director.token, 'post', `/staff/${teacher.id}/reactivate`).expect(200);
    await call(teacher.token, 'get', '/classes').expect(401);
    await call(await login(app, teacher.login), 'get', '/classes').expect(200);

    const log = await auditOf(a.director.token, teacher.id);
    expect(log.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['deactivate', 'reactivate']),
    );
    expect(log.find((entry) => entry.action === 'deactivate')?.changes).toEqual({
      active: { before: true, after: false },
    });
  });

  it('keeps a director to their own school and their own account', async () => {
    const theirs = await newTeacher(b);
    const other = await call(a.director.token, 'post', `/staff/${theirs.id}/deactivate`).expect(
      404,
    );
    expect(other.body.code).toBe('staff.not_found');
    const self = await call(a.director.token, 'post', `/staff/${a.director.id}/deactivate`).expect(
      409,
    );
    expect(self.body.code).toBe('staff.self_change');
    await call(a.director.token, 'patch', `/staff/${a.teacher.id}/role`, {
      role: 'director',
    }).expect(403);
    await call(a.director.token, 'post', `/staff/${a.clerk.id}/deactivate`).expect(404);
    await call(theirs.token, 'get', '/classes').expect(200);
  });

  it('resets a password: the old one and the old sessions stop working', async () => {
    const teacher = await newTeacher(a);
    await call(a.director.token, 'post', `/staff/${teacher.id}/password`, {
      newPassword: 'short',
    }).expect(400);
    await call(a.director.token, 'post', `/staff/${teacher.id}/password`, {
      newPassword: 'a-brand-new-password',
    }).expect(204);
    await call(teacher.token, 'get', '/classes').expect(401);
    await request(server(app))
      .post('/auth/login')
      .send({ login: teacher.login, password: PASSWORD })
      .expect(401);
    await login(app, teacher.login, 'a-brand-new-password');
    expect((await auditOf(a.director.token, teacher.id)).map((e) => e.action)).toContain(
      'password',
    );
  });

  it('lets anyone change their own password after giving the current one', async () => {
    const teacher = await newTeacher(a);
    const wrong = await call(teacher.token, 'post', '/auth/password', {
      currentPassword: 'not-my-password',
      newPassword: 'my-next-password',
    }).expect(400);
    expect(wrong.body.code).toBe('auth.wrong_password');
    await call(teacher.token, 'post', '/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'my-next-password',
    }).expect(204);
    await call(teacher.token, 'get', '/classes').expect(401);
    await login(app, teacher.login, 'my-next-password');
  });

  it('lets the admin change a role; the old token, carrying the old role, stops', async () => {
    const teacher = await newTeacher(a);
    const changed = await call(a.admin, 'patch', `/staff/${teacher.id}/role`, {
      role: 'deputy_academic',
    }).expect(200);
    expect(changed.body.role).toBe('deputy_academic');
    await call(teacher.token, 'get', '/classes').expect(401);
    const bad = await call(a.admin, 'patch', `/staff/${teacher.id}/role`, {
      role: 'post_clerk',
    }).expect(400);
    expect(bad.body.code).toBe('staff.placement_invalid');
    // The admin's change shows in the school's own log, with the old and new role.
    const log = await auditOf(a.director.token, teacher.id);
    expect(log.find((entry) => entry.actorRole === 'admin')?.changes).toEqual({
      role: { before: 'teacher', after: 'deputy_academic' },
    });
  });

  it('refuses a token without an expiry, even correctly signed', async () => {
    const forever = sign(
      { sub: a.teacher.id, role: 'teacher', schoolId: a.schoolId, sv: 0 },
      TEST_JWT_SECRET,
      {
        algorithm: 'HS256',
      },
    );
    const response = await call(forever, 'get', '/classes').expect(401);
    expect(response.body.code).toBe('auth.session_invalid');
  });

  it('treats logins case-insensitively', async () => {
    const loginName = unique('Mixed.Case.');
    await post(app, a.director.token, '/staff', {
      fullName: 'Регистр Тестов',
      role: 'teacher',
      schoolId: a.schoolId,
      login: loginName,
      password: PASSWORD,
    });
    const again = await call(a.director.token, 'post', '/staff', {
      fullName: 'Регистр Екінші',
      role: 'teacher',
      schoolId: a.schoolId,
      login: loginName.toUpperCase(),
      password: PASSWORD,
    }).expect(409);
    expect(again.body.code).toBe('staff.login_taken');
    await login(app, loginName.toUpperCase());
  });

  it("shows the admin's changes to a school's pupils in that school's log, before and after", async () => {
    const pupil = a.studentIds[0];
    await call(a.admin, 'patch', `/students/${pupil}`, {
      guardianPhone: '+7 702 000 00 01',
    }).expect(200);
    const log = await get<{ items: AuditItem[] }>(
      app,
      a.director.token,
      '/audit?entity=student&limit=500',
    );
    const entry = log.items.find((e) => e.targetId === pupil && e.actorRole === 'admin');
    expect(entry?.changes?.guardianPhone).toEqual({
      before: '+77012345670',
      after: '+77020000001',
    });
  });
});
