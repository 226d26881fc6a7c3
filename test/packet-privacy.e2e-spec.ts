import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  scan,
  SchoolWorld,
  server,
} from './support/factories';

const COUNTER_FIELDS = [
  'classLabel',
  'code',
  'delivery',
  'deliveryAddress',
  'destinationOffice',
  'events',
  'recipientName',
  'returnDueOn',
  'status',
];

/** A clerk sees what hand-over needs (docs/security.md), nothing of the lesson or the family. */
describe('what each role sees of a packet (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 }); // pupil 0 door-to-door, pupil 1 pickup
    codes = await dispatchCodes(app, world);
    for (const code of codes) await scan(app, world.clerk.token, { code, event: 'posted' });
  });
  afterAll(() => app.close());

  it('gives a clerk the counter view: no phone, lesson, marks or comments', async () => {
    for (const token of [world.clerk.token, world.pupilClerk.token]) {
      const door = await get<Record<string, unknown>>(app, token, `/packets/${codes[0]}`);
      expect(Object.keys(door).sort()).toEqual(COUNTER_FIELDS);
      expect(door).toMatchObject({
        code: codes[0],
        status: 'posted',
        delivery: 'door',
        deliveryAddress: 'Бірлік ауылы, Абай көшесі, 1, A15 E3C5',
        classLabel: '5 Ә',
      });
      const text = JSON.stringify(door);
      for (const secret of ['+7701', 'Ата-ана', 'summary', 'questions', 'comment', 'mark'])
        expect(text).not.toContain(secret);
      const pickup = await get<Record<string, unknown>>(app, token, `/packets/${codes[1]}`);
      expect(pickup.deliveryAddress).toBeNull();
    }
  });

  it('gives school staff the whole packet', async () => {
    const full = await get<{ snapshot: { student: { guardianPhone: string } } }>(
      app,
      world.teacher.token,
      `/packets/${codes[0]}`,
    );
    expect(full.snapshot.student.guardianPhone).toBe('+77012345670');
  });

  it('keeps the packet PDF from clerks', async () => {
    const refused = await request(server(app))
      .get(`/packets/${codes[0]}/pdf`)
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .expect(403);
    expect(refused.body.code).toBe('auth.role_forbidden');
  });
});
