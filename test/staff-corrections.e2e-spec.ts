import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  get,
  login,
  PASSWORD,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

interface AuditItem {
  action: string;
  targetId: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** A staff member's name or phone typed wrong is corrected, audited with what it was. */
describe('correcting a staff member (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([createSchoolWorld(app), createSchoolWorld(app)]);
  });
  afterAll(() => app.close());

  const patch = (token: string, id: string, body: object) =>
    request(server(app))
      .patch(`/staff/${id}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);

  const newTeacher = async (world: SchoolWorld) => {
    const loginName = unique('teacher.');
    const made = await post<{ id: string }>(app, world.director.token, '/staff', {
      fullName: 'Серiкова Айгул',
      role: 'teacher',
      schoolId: world.schoolId,
      login: loginName,
      password: PASSWORD,
    });
    return { id: made.id, login: loginName };
  };

  it('lets the director correct a name and phone of their school, keeping the sessions', async () => {
    const teacher = await newTeacher(a);
    const token = await login(app, teacher.login);
    const fixed = await patch(a.director.token, teacher.id, {
      fullName: '  Серікова Айгүл Болатқызы ',
      phone: '8 701 234 56 78',
    }).expect(200);
    expect(fixed.body).toMatchObject({
      id: teacher.id,
      fullName: 'Серікова Айгүл Болатқызы',
      phone: '+77012345678',
      role: 'teacher',
      active: true,
    });
    const shown = await get<{ fullName: string; phone: string }>(
      app,
      a.director.token,
      `/staff/${teacher.id}`,
    );
    expect(shown).toMatchObject({ fullName: 'Серікова Айгүл Болатқызы', phone: '+77012345678' });
    // A typo fixed is no reason to sign the person out.
    await request(server(app))
      .get('/classes')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);

    const cleared = await patch(a.director.token, teacher.id, { phone: null }).expect(200);
    expect(cleared.body).toMatchObject({ fullName: 'Серікова Айгүл Болатқызы', phone: null });

    const log = (
      await get<{ items: AuditItem[] }>(app, a.director.token, '/audit?entity=staff&limit=500')
    ).items.filter((entry) => entry.targetId === teacher.id && entry.action === 'update');
    expect(log.map((entry) => entry.changes)).toEqual(
      expect.arrayContaining([
        {
          fullName: { before: 'Серiкова Айгул', after: 'Серікова Айгүл Болатқызы' },
          phone: { before: null, after: '+77012345678' },
        },
        { phone: { before: '+77012345678', after: null } },
      ]),
    );
  });

  it('refuses an empty name or a bad phone, naming the field', async () => {
    const teacher = await newTeacher(a);
    const empty = await patch(a.director.token, teacher.id, { fullName: '   ' }).expect(400);
    expect(empty.body.code).toBe('request.invalid');
    expect(JSON.stringify(empty.body.details)).toContain('fullName');
    const phone = await patch(a.director.token, teacher.id, { phone: '12' }).expect(400);
    expect(JSON.stringify(phone.body.details)).toContain('phone');
    const login = await patch(a.director.token, teacher.id, { login: 'other' }).expect(400);
    expect(JSON.stringify(login.body.details)).toContain('login');
  });

  it('keeps a director to their own school and away from clerks; the admin corrects anyone', async () => {
    const theirs = await newTeacher(b);
    const other = await patch(a.director.token, theirs.id, { fullName: 'Басқа' }).expect(404);
    expect(other.body.code).toBe('staff.not_found');
    await patch(a.director.token, a.clerk.id, { fullName: 'Басқа' }).expect(404);
    await patch(a.teacher.token, a.deputy.id, { fullName: 'Басқа' }).expect(403);
    await patch(a.deputy.token, a.teacher.id, { fullName: 'Басқа' }).expect(403);

    const clerk = await patch(a.admin, a.clerk.id, { fullName: 'Бөлімше қызметкері' }).expect(
      200,
    );
    expect(clerk.body).toMatchObject({ id: a.clerk.id, fullName: 'Бөлімше қызметкері' });
    const self = await patch(a.director.token, a.director.id, {
      fullName: 'Директор Дұрыс',
    }).expect(200);
    expect(self.body.fullName).toBe('Директор Дұрыс');
  });
});
