import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
  server,
} from './support/factories';

/** One school cannot use up the S10 range Kazpost allotted: a daily share per school. */
describe('daily S10 quota per school (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp({ S10_DAILY_QUOTA_PER_SCHOOL: '5' });
    [world, other] = await Promise.all([
      createSchoolWorld(app, { pupils: 3 }),
      createSchoolWorld(app, { pupils: 3 }),
    ]);
  });
  afterAll(() => app.close());

  const dispatchClass = async (school: SchoolWorld): Promise<request.Response> => {
    const lessonCase = await post<{ id: string }>(
      app,
      school.teacher.token,
      '/cases',
      caseBody(school),
    );
    return request(server(app))
      .post('/dispatches')
      .set('Authorization', `Bearer ${school.teacher.token}`)
      .send({ classId: school.classId, caseIds: [lessonCase.id], returnDueOn: daysFromNow(14) });
  };

  it('refuses codes past the school’s share for today with 429 and when to try again', async () => {
    expect((await dispatchClass(world)).status).toBe(201);
    const refused = await dispatchClass(world);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      code: 's10.daily_quota',
      details: { quota: 5, used: 3, needed: 3 },
    });
    expect(refused.body.message).toContain('3 of its 5');
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(24 * 3600);
    // Another school's share is its own.
    expect((await dispatchClass(other)).status).toBe(201);
  });
});
