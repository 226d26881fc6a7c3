import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, TEST_ADMIN } from './support/app';
import { createSchoolWorld, get, post, SchoolWorld, server, unique } from './support/factories';

describe('directory (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([createSchoolWorld(app), createSchoolWorld(app)]);
  });
  afterAll(() => app.close());

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  it('logs in and refuses a wrong password or no token', async () => {
    const ok = await request(server(app)).post('/auth/login').send(TEST_ADMIN).expect(200);
    expect(ok.body.user).toMatchObject({ role: 'admin' });
    const wrong = await request(server(app))
      .post('/auth/login')
      .send({ ...TEST_ADMIN, password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      message: expect.stringContaining('wrong'),
    });
    const none = await request(server(app)).get('/schools').expect(401);
    expect(none.body.message).toMatch(/Log in/);
  });

  it('creates and reads post offices, schools and classes', async () => {
    const office = await get<{ postcode: string }>(
      app,
      a.admin,
      `/post-offices/${a.pupilOfficeId}`,
    );
    expect(office.postcode).toBe(a.pupilOfficePostcode);
    const school = await get<{ postOfficeId: string }>(
      app,
      a.director.token,
      `/schools/${a.schoolId}`,
    );
    expect(school.postOfficeId).toBe(a.officeId);
    const classes = await get<{ items: { letter: string; language: string }[]; total: number }>(
      app,
      a.teacher.token,
      '/classes',
    );
    expect(classes.total).toBe(1);
    expect(classes.items[0]).toMatchObject({ letter: 'Ә', language: 'kk' });
    const page = await get<{ items: unknown[]; total: number }>(
      app,
      a.admin,
      '/post-offices?limit=1&offset=0',
    );
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(4);
  });

  it("lists the offices a school's pupils get their packets at, only for that school's staff", async () => {
    type Offices = { items: { id: string }[]; total: number };
    const mine = await get<Offices>(
      app,
      a.director.token,
      `/post-offices?pupilsOfSchoolId=${a.schoolId}`,
    );
    expect(mine.items.map((o) => o.id)).toEqual([a.pupilOfficeId]);
    expect(mine.total).toBe(1);
    const asAdmin = await get<Offices>(
      app,
      a.admin,
      `/post-offices?pupilsOfSchoolId=${b.schoolId}`,
    );
    expect(asAdmin.items.map((o) => o.id)).toEqual([b.pupilOfficeId]);
    const peeking = await get<Offices>(
      app,
      b.director.token,
      `/post-offices?pupilsOfSchoolId=${a.schoolId}`,
    );
    expect(peeking.items.map((o) => o.id)).toEqual([b.pupilOfficeId]);
    const bad = await request(server(app))
      .get('/post-offices?pupilsOfSchoolId=school-a')
      .set(auth(a.admin))
      .expect(400);
    expect(bad.body.message).toMatch(/pupilsOfSchoolId/);
  });

  it('stores normalised postcodes and phones', async () => {
    const student = await post<{ postcode: string; guardianPhone: string }>(
      app,
      a.teacher.token,
      '/students',
      {
        classId: a.classId,
        fullName: unique('Сәтбаев Қанат '),
        address: 'Көктал, Абай к. 7',
        postcode: 'а15 е3с5',
        postOfficeId: a.pupilOfficeId,
        guardianName: 'Сәтбаева Ұлжан',
        guardianPhone: '8 (701) 111-22-33',
      },
    );
    expect(student).toMatchObject({
      postcode: 'A15E3C5',
      guardianPhone: '+77011112233',
      delivery: 'pickup',
    });
  });

  it('lists a class in Kazakh alphabetical order', async () => {
    const schoolClass = await post<{ id: string }>(app, a.director.token, '/classes', {
      schoolId: a.schoolId,
      grade: 9,
      letter: 'Ң',
      language: 'kk',
    });
    for (const fullName of [
      'Бекова Дана',
      'Әлиев Нұр',
      'Ахметов Ерлан',
      'Ұлықбек Сая',
      'Уәлиев Бақыт',
    ]) {
      await post(app, a.teacher.token, '/students', {
        classId: schoolClass.id,
        fullName,
        address: 'Көктал',
        postcode: '050010',
        postOfficeId: a.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: '87011112233',
      });
    }
    const list = await get<{ items: { fullName: string }[] }>(
      app,
      a.teacher.token,
      `/students?classId=${schoolClass.id}`,
    );
    expect(list.items.map((s) => s.fullName.split(' ')[0])).toEqual([
      'Ахметов',
      'Әлиев',
      'Бекова',
      'Уәлиев',
      'Ұлықбек',
    ]);
  });

  it('hides another school: a teacher of school A gets 404 for school B records', async () => {
    await request(server(app))
      .get(`/students/${b.studentIds[0]}`)
      .set(auth(a.teacher.token))
      .expect(404);
    await request(server(app)).get(`/schools/${b.schoolId}`).set(auth(a.teacher.token)).expect(404);
    await request(server(app)).get(`/classes/${b.classId}`).set(auth(a.teacher.token)).expect(404);
    const list = await get<{ items: { id: string }[] }>(
      app,
      a.teacher.token,
      `/students?schoolId=${b.schoolId}&limit=500`,
    );
    expect(list.items.map((s) => s.id)).not.toContain(b.studentIds[0]);
    await request(server(app))
      .patch(`/students/${b.studentIds[0]}`)
      .set(auth(a.teacher.token))
      .send({ address: 'hijack' })
      .expect(404);
    const created = await request(server(app))
      .post('/students')
      .set(auth(a.teacher.token))
      .send({
        classId: b.classId,
        fullName: 'X',
        address: 'Y',
        postcode: '050010',
        postOfficeId: b.pupilOfficeId,
        guardianName: 'Z',
        guardianPhone: '87011112233',
      })
      .expect(404);
    expect(created.body.message).toContain('Class');
  });

  it('lets nobody but school staff create students: a clerk gets 403', async () => {
    const response = await request(server(app))
      .post('/students')
      .set(auth(a.clerk.token))
      .send({
        classId: a.classId,
        fullName: 'X',
        address: 'Y',
        postcode: '050010',
        postOfficeId: a.pupilOfficeId,
        guardianName: 'Z',
        guardianPhone: '87011112233',
      })
      .expect(403);
    expect(response.body).toMatchObject({
      statusCode: 403,
      error: 'Forbidden',
      message: expect.stringContaining('post_clerk'),
    });
  });

  it('answers an invalid body with every field named, and changes nothing', async () => {
    const before = await get<{ total: number }>(app, a.admin, `/students?classId=${a.classId}`);
    const response = await request(server(app))
      .post('/students')
      .set(auth(a.teacher.token))
      .send({
        classId: 'not-a-uuid',
        fullName: '',
        postcode: '12',
        guardianPhone: 'call me',
        extra: 1,
      })
      .expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const fields = (response.body.details.fields as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'classId',
        'fullName',
        'address',
        'postcode',
        'postOfficeId',
        'guardianPhone',
        'extra',
      ]),
    );
    expect(response.body.message).toContain('postcode must be a 6-digit postcode');
    const after = await get<{ total: number }>(app, a.admin, `/students?classId=${a.classId}`);
    expect(after.total).toBe(before.total);
  });

  it('answers an unknown id with 404 and a malformed one with 400', async () => {
    const missing = await request(server(app))
      .get('/students/7b0e6a52-8d8e-4a55-9a36-0d9a0e9b1c11')
      .set(auth(a.admin))
      .expect(404);
    expect(missing.body).toMatchObject({
      code: 'student.not_found',
      details: { id: '7b0e6a52-8d8e-4a55-9a36-0d9a0e9b1c11' },
    });
    await request(server(app)).get('/post-offices/42').set(auth(a.admin)).expect(400);
  });

  it('refuses a duplicate login with 409', async () => {
    const response = await request(server(app))
      .post('/staff')
      .set(auth(a.admin))
      .send({
        fullName: 'Екінші',
        role: 'teacher',
        schoolId: a.schoolId,
        login: a.teacher.login,
        password: 'another-password',
      })
      .expect(409);
    expect(response.body.message).toContain('already taken');
  });

  it('lets a director appoint staff only in their own school, and never clerks', async () => {
    const body = {
      fullName: 'Жаңа мұғалім',
      role: 'teacher',
      login: unique('t.'),
      password: 'long-enough-pw',
    };
    await request(server(app))
      .post('/staff')
      .set(auth(a.director.token))
      .send({ ...body, schoolId: b.schoolId })
      .expect(403);
    await request(server(app))
      .post('/staff')
      .set(auth(a.director.token))
      .send({ ...body, role: 'post_clerk', postOfficeId: a.officeId })
      .expect(403);
    await request(server(app))
      .post('/staff')
      .set(auth(a.director.token))
      .send({ ...body, schoolId: a.schoolId })
      .expect(201);
    const short = await request(server(app))
      .post('/staff')
      .set(auth(a.admin))
      .send({ ...body, login: unique('s.'), password: 'short', schoolId: a.schoolId })
      .expect(400);
    expect(short.body.message).toContain('at least 10 characters');
  });

  it('refuses a class that already exists', async () => {
    await request(server(app))
      .post('/classes')
      .set(auth(a.director.token))
      .send({ schoolId: a.schoolId, grade: 5, letter: 'ә', language: 'kk' })
      .expect(409);
  });

  it('lists the subject catalogue by grade and language', async () => {
    const kk5 = await get<{ items: { code: string; nameKk: string; assessment: string }[] }>(
      app,
      a.clerk.token,
      '/subjects?grade=5&language=kk',
    );
    const codes = kk5.items.map((s) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'kazakh_language',
        'kazakh_literature',
        'history_of_kazakhstan',
        'russian_language_literature',
        'self_knowledge',
        'physical_education',
      ]),
    );
    expect(codes).not.toContain('algebra');
    expect(kk5.items.find((s) => s.code === 'self_knowledge')?.assessment).toBe('pass_fail');
    const ru11 = await get<{ items: { code: string; nameRu: string }[] }>(
      app,
      a.clerk.token,
      '/subjects?grade=11&language=ru',
    );
    expect(ru11.items.map((s) => s.nameRu)).toEqual(
      expect.arrayContaining([
        'Казахский язык',
        'Казахская литература',
        'Алгебра и начала анализа',
        'Основы предпринимательства и бизнеса',
      ]),
    );
    await request(server(app)).get('/subjects?grade=13').set(auth(a.clerk.token)).expect(400);
  });

  it('reports health and serves the API description', async () => {
    const health = await request(server(app)).get('/health').expect(200);
    expect(health.body.info.database.status).toBe('up');
    const docs = await request(server(app)).get('/docs-json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/students/import', '/auth/login', '/subjects']),
    );
  });
});
