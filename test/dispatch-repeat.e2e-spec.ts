import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  server,
} from './support/factories';

/** The same case sent to the same class twice is a mistake until the sender says otherwise. */
describe('sending a case a class already has under way (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let caseId: string;
  let topic: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    const made = await post<{ id: string; topic: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    caseId = made.id;
    topic = made.topic;
  });
  afterAll(() => app.close());

  const send = (body: object) =>
    request(server(app))
      .post('/dispatches')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ classId: world.classId, caseIds: [caseId], returnDueOn: daysFromNow(14), ...body });
  const dispatchCount = async () =>
    (await get<{ total: number }>(app, world.teacher.token, `/dispatches?classId=${world.classId}`))
      .total;

  it('warns with 409 dispatch.already_sent and makes nothing, until confirmed', async () => {
    const first = await send({}).expect(201);
    const warned = await send({}).expect(409);
    expect(warned.body).toMatchObject({
      code: 'dispatch.already_sent',
      details: { dispatchId: first.body.id, caseIds: [caseId], topics: [topic] },
    });
    expect(warned.body.message).toContain(topic);
    expect(await dispatchCount()).toBe(1);
    await send({ confirmRepeat: true }).expect(201);
    expect(await dispatchCount()).toBe(2);
  });

  it('lets one of two identical sends at the same instant through, and warns the other', async () => {
    const other = await createSchoolWorld(app, { pupils: 2 });
    const made = await post<{ id: string }>(app, other.teacher.token, '/cases', caseBody(other));
    const sendOther = () =>
      request(server(app))
        .post('/dispatches')
        .set('Authorization', `Bearer ${other.teacher.token}`)
        .send({ classId: other.classId, caseIds: [made.id], returnDueOn: daysFromNow(14) });
    const answers = await Promise.all([sendOther(), sendOther()]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
    const history = await get<{ total: number }>(
      app,
      other.teacher.token,
      `/dispatches?classId=${other.classId}`,
    );
    expect(history.total).toBe(1);
  });

  it('warns on the several-classes route too', async () => {
    const warned = await request(server(app))
      .post('/dispatches/batch')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({
        classes: [{ classId: world.classId }],
        caseIds: [caseId],
        returnDueOn: daysFromNow(14),
      })
      .expect(409);
    expect(warned.body.code).toBe('dispatch.already_sent');
  });

  it('names each dispatch’s cases in the class’s history, so two rows can be told apart', async () => {
    const history = await get<{ items: { cases: { id: string; topic: string }[] }[] }>(
      app,
      world.teacher.token,
      `/dispatches?classId=${world.classId}`,
    );
    expect(history.items.map((d) => d.cases)).toEqual([
      [{ id: caseId, subjectCode: 'kazakh_language', topic }],
      [{ id: caseId, subjectCode: 'kazakh_language', topic }],
    ]);
  });
});
