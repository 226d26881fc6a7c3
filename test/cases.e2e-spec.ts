import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  get,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';
import { binary, pdfText } from './support/pdf';

describe('cases (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [world, other] = await Promise.all([
      createSchoolWorld(app, { pupils: 0 }),
      createSchoolWorld(app, { pupils: 0 }),
    ]);
  });
  afterAll(() => app.close());

  it('creates a case with every field and reads it back', async () => {
    const body = caseBody(world);
    const created = await post<{ id: string; warnings: string[] }>(
      app,
      world.teacher.token,
      '/cases',
      body,
    );
    expect(created.warnings).toEqual([]);
    const read = await get(app, world.teacher.token, `/cases/${created.id}`);
    expect(read).toMatchObject({
      topic: body.topic,
      textbook: body.textbook,
      questions: body.questions,
      materials: body.materials,
      estimatedMinutes: 30,
    });
  });

  it('finds cases by language, author and words of the topic or textbook, a % taken literally', async () => {
    const topic = unique('Етістік 100% ');
    const mine = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { topic, textbook: { title: 'Ерекше оқулық', pages: '1-2' } }),
    );
    await post(app, world.director.token, '/cases', caseBody(world));
    const ids = async (query: string): Promise<string[]> =>
      (
        await get<{ items: { id: string }[] }>(app, world.director.token, `/cases?${query}`)
      ).items.map((c) => c.id);
    expect(await ids(`search=${encodeURIComponent(topic.slice(0, 12).toUpperCase())}`)).toEqual([
      mine.id,
    ]);
    expect(await ids(`search=${encodeURIComponent('ерекше ОҚУЛЫҚ')}`)).toEqual([mine.id]);
    expect(await ids('search=100%25')).toEqual([mine.id]);
    expect(await ids('search=0%25%25')).toEqual([]);
    expect(await ids(`authorId=${world.teacher.id}&language=kk`)).toContain(mine.id);
    expect(await ids(`authorId=${world.director.id}`)).not.toContain(mine.id);
    expect(await ids('language=ru')).toEqual([]);
  });

  it('accepts a case longer than the grade allows, with a warning teachers see', async () => {
    const created = await post<{ warnings: { code: string; message: string }[] }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { grade: 3, subjectCode: 'mathematics', estimatedMinutes: 40 }),
    );
    expect(created.warnings).toHaveLength(1);
    expect(created.warnings[0]).toMatchObject({
      code: 'case.study_time_exceeded',
      details: { limitMinutes: 25 },
    });
    expect(created.warnings[0].message).toContain('25 min');
  });

  it('updates a case, keeping its warnings current', async () => {
    const created = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const response = await request(server(app))
      .patch(`/cases/${created.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ topic: 'Жаңа тақырып', estimatedMinutes: 45 })
      .expect(200);
    expect(response.body).toMatchObject({ topic: 'Жаңа тақырып', estimatedMinutes: 45 });
    expect(response.body.warnings[0].message).toContain('30 min');
  });

  it('refuses bad cases with the field named', async () => {
    const call = (body: Record<string, unknown>) =>
      request(server(app))
        .post('/cases')
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send(body);
    const noQuestions = await call(caseBody(world, { questions: [] })).expect(400);
    expect(noQuestions.body.message).toContain('at least 1 question');
    const tooMany = await call(
      caseBody(world, { questions: Array.from({ length: 31 }, (_, i) => `Q${i}`) }),
    ).expect(400);
    expect(tooMany.body.details.fields[0].field).toBe('questions');
    const badTextbook = await call(caseBody(world, { textbook: { title: '' } })).expect(400);
    const badFields = (badTextbook.body.details.fields as { field: string }[]).map((d) => d.field);
    expect(badFields).toEqual(expect.arrayContaining(['textbook.title', 'textbook.pages']));
    const wrongGrade = await call(caseBody(world, { grade: 5, subjectCode: 'algebra' })).expect(
      400,
    );
    expect(wrongGrade.body.message).toContain('does not study algebra');
    await call(caseBody(world, { subjectCode: 'astrology' })).expect(404);
    await call(caseBody(other)).expect(403);
  });

  it('hides another school’s cases', async () => {
    const created = await post<{ id: string }>(app, other.teacher.token, '/cases', caseBody(other));
    await request(server(app))
      .get(`/cases/${created.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404);
    const list = await get<{ items: { schoolId: string }[] }>(
      app,
      world.teacher.token,
      '/cases?limit=500',
    );
    expect(list.items.every((c) => c.schoolId === world.schoolId)).toBe(true);
  });

  it('previews the printed pages of a case not yet saved, saving nothing', async () => {
    const before = (await get<{ total: number }>(app, world.teacher.token, '/cases?limit=1')).total;
    const body = caseBody(world, { topic: 'Алдын ала қарау: зат есім' });
    const response = await request(server(app))
      .post('/cases/preview.pdf')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(body)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline;/);
    const text = await pdfText(response.body as Buffer);
    expect(text).toContain('Алдын ала қарау: зат есім');
    expect(text).toContain('Қазақ тілінде неше септік бар?');
    expect(text).toContain('Сынып: 5');
    expect((await get<{ total: number }>(app, world.teacher.token, '/cases?limit=1')).total).toBe(
      before,
    );
  });

  it('refuses a preview with a bad field or for another school, in the contract’s shape', async () => {
    const bad = await request(server(app))
      .post('/cases/preview.pdf')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(caseBody(world, { questions: [] }))
      .expect(400);
    expect(bad.body.code).toBe('request.invalid');
    const foreign = await request(server(app))
      .post('/cases/preview.pdf')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(caseBody(other))
      .expect(403);
    expect(foreign.body.code).toBe('auth.other_school');
  });
});
