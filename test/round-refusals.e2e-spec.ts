import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCollector,
  createSchoolWorld,
  dispatchCodes,
  SchoolWorld,
  scan,
  server,
} from './support/factories';

interface RoundAnswer {
  taken: { code: string }[];
  refused: { code: string; errorCode: string; details?: { reason?: string } }[];
}

/** A round at the pupils' office with three works handed in and one never handed in. */
describe('a collection round’s refused codes (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];
  let dutyId: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 4 });
    codes = await dispatchCodes(app, world, 14);
    dutyId = await appointCollector(app, world);
    for (const [i, code] of codes.entries()) {
      const steps = i < 3 ? ['posted', 'delivered', 'return_received'] : ['posted'];
      for (const event of steps) {
        const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
        const answer = await scan(app, token, { code, event });
        if (answer.status !== 201) throw new Error(`${code} ${event}: ${answer.status}`);
      }
    }
  });
  afterAll(() => app.close());

  it('takes the three works and refuses the fourth as not handed in, not as another office’s', async () => {
    const answer = await request(server(app))
      .post(`/collection-duties/${dutyId}/rounds`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ postOfficeId: world.pupilOfficeId, collectedAt: new Date().toISOString(), codes })
      .expect(201);
    const body = answer.body as RoundAnswer;
    expect(body.taken.map((t) => t.code).sort()).toEqual(codes.slice(0, 3).sort());
    expect(body.refused).toHaveLength(1);
    expect(body.refused[0].code).toBe(codes[3]);
    expect(body.refused[0].errorCode).not.toBe('scan.other_office');
    expect(body.refused[0]).toMatchObject({ errorCode: 'packet.illegal_transition' });
  });
});
