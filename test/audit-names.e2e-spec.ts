import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  get,
  login,
  PASSWORD,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';
import { pngPicture } from './support/pictures';

interface AuditRow {
  entity: string;
  action: string;
  targetId: string | null;
  targetName: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** The audit log names what changed (the pupil, the case, the class), so a reader needs no ids. */
describe('audit rows that name their record (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
  });
  afterAll(() => app.close());

  const send = (method: 'post' | 'patch', token: string, url: string, body: object = {}) =>
    request(server(app))[method](url).set('Authorization', `Bearer ${token}`).send(body);
  const rowsOf = async (entity: string, targetId: string): Promise<AuditRow[]> =>
    (
      await get<{ items: AuditRow[] }>(
        app,
        world.director.token,
        `/audit?entity=${entity}&limit=500`,
      )
    ).items.filter((row) => row.targetId === targetId);

  it('names the pupil who was added and whose channel changed', async () => {
    const fullName = unique('Асанов Азамат ');
    const pupil = await post<{ id: string }>(app, world.teacher.token, '/students', {
      classId: world.classId,
      fullName,
      address: 'Бірлік ауылы, Абай көшесі, 40',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      delivery: 'pickup',
      guardianName: 'Асанова Гүлнара',
      guardianPhone: '8 701 234 56 99',
    });
    await send('patch', world.deputy.token, `/students/${pupil.id}/channel`, {
      channel: 'online',
      reason: 'Үйде интернет бар',
    }).expect(200);
    const rows = await rowsOf('student', pupil.id);
    expect(rows.map((row) => [row.action, row.targetName]).sort()).toEqual([
      ['channel', fullName],
      ['create', fullName],
    ]);
  });

  it('names the class a roster was loaded into', async () => {
    const csv = `\uFEFFАты-жөні;Мекенжайы;Индекс;Пошта бөлімшесі;Ата-анасы;Ата-анасының телефоны\r\n${unique('Тізімнен Оқушы ')};Көктал;A15E3C5;${world.pupilOfficePostcode};Ата-ана;8 701 234 56 88\r\n`;
    await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.director.token}`)
      .field('classId', world.classId)
      .attach('file', Buffer.from(csv), 'roster.csv')
      .expect(201);
    const rows = (
      await get<{ items: AuditRow[] }>(app, world.director.token, '/audit?entity=student&limit=50')
    ).items.filter((row) => row.action === 'import');
    expect(rows.map((row) => row.targetName)).toEqual(['5 Ә']);
  });

  it('records a picture upload as a picture added to the named case', async () => {
    const topic = unique('Үшбұрыштың ауданы ');
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { topic }),
    );
    await request(server(app))
      .post(`/cases/${lessonCase.id}/images`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('caption', 'Сурет 1')
      .attach('file', pngPicture(300, 200), 'triangle.png')
      .expect(201);
    expect(await rowsOf('case', lessonCase.id)).toContainEqual(
      expect.objectContaining({
        action: 'image_add',
        targetName: topic,
        changes: { images: { before: '', after: 'Сурет 1' } },
      }),
    );
  });

  it('names an archived class by its grade and letter', async () => {
    const made = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 7,
      letter: 'Ғ',
      language: 'ky',
    });
    await send('post', world.director.token, `/classes/${made.id}/archive`).expect(200);
    const archived = (await rowsOf('class', made.id)).find((row) => row.action === 'archive');
    expect(archived).toMatchObject({
      targetName: '7 Ғ',
      changes: { archivedAt: { before: null, after: expect.any(String) } },
    });
  });
});

/** A password somebody else set is theirs to know: its owner chooses their own at sign-in. */
describe('a password set by an admin or director (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
  });
  afterAll(() => app.close());

  const signIn = async (loginName: string, password = PASSWORD) =>
    (
      (
        await request(server(app))
          .post('/auth/login')
          .send({ login: loginName, password })
          .expect(200)
      ).body as { user: { passwordChangeDue: boolean } }
    ).user.passwordChangeDue;

  it('asks for a new password at first sign-in, again after a reset, and not once changed', async () => {
    const loginName = unique('newcomer.');
    const member = await post<{ id: string }>(app, world.director.token, '/staff', {
      fullName: 'Жаңа Мұғалім',
      role: 'teacher',
      login: loginName,
      password: PASSWORD,
      schoolId: world.schoolId,
    });
    expect(await signIn(loginName)).toBe(true);

    const own = 'my-own-password-7';
    await request(server(app))
      .post('/auth/password')
      .set('Authorization', `Bearer ${await login(app, loginName)}`)
      .send({ currentPassword: PASSWORD, newPassword: own })
      .expect(204);
    expect(await signIn(loginName, own)).toBe(false);

    const reset = 'set-by-director-1';
    await request(server(app))
      .post(`/staff/${member.id}/password`)
      .set('Authorization', `Bearer ${world.director.token}`)
      .send({ newPassword: reset })
      .expect(204);
    expect(await signIn(loginName, reset)).toBe(true);
    const rows = (
      await get<{ items: AuditRow[] }>(app, world.director.token, '/audit?entity=staff&limit=50')
    ).items.filter((row) => row.targetId === member.id);
    expect(rows.map((row) => [row.action, row.targetName]).sort()).toEqual([
      ['create', 'Жаңа Мұғалім'],
      ['password', 'Жаңа Мұғалім'],
    ]);
  });
});
