import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { caseBody, createSchoolWorld, daysFromNow, post, server } from './support/factories';

/** A range of five serials under its own service indicator, so no other test shares it. */
describe('S10 range from Kazpost (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp({
      S10_SERVICE_INDICATOR: 'CP',
      S10_FIRST_SERIAL: '15',
      S10_LAST_SERIAL: '19',
    });
  });
  afterAll(() => app.close());

  it('hands out the allotted serials in order and says clearly when the range is used up', async () => {
    const world = await createSchoolWorld(app, { pupils: 3 });
    const caseId = (await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world)))
      .id;
    const body = {
      classId: world.classId,
      caseIds: [caseId],
      returnDueOn: daysFromNow(7),
      confirmRepeat: true,
    };
    const first = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      body,
    );
    expect(first.packets.map((p) => p.code)).toEqual([
      'CP000000155KZ',
      'CP000000164KZ',
      'CP000000178KZ',
    ]);
    const refused = await request(server(app))
      .post('/dispatches')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(body)
      .expect(422);
    expect(refused.body.message).toContain('used up: 2 code(s) left, 3 needed');
    const two = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { ...body, studentIds: world.studentIds.slice(0, 2) },
    );
    expect(two.packets.map((p) => p.code)).toEqual(['CP000000181KZ', 'CP000000195KZ']);
  });
});
