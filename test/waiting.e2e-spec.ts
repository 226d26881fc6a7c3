import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  backdate,
  createSchoolWorld,
  dispatchCodes,
  get,
  scan,
  SchoolWorld,
  server,
} from './support/factories';

interface Waiting {
  items: {
    code: string;
    status: string;
    recipientName: string;
    classLabel: string;
    waitingDays: number;
  }[];
}

/** The clerk's list of what lies at their office, for the pupil or for the teacher. */
describe('what waits at a post office (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    codes = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', codes, 5);
    const walk = async (code: string, events: string[], daysAgo: number) => {
      for (const event of events) {
        const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
        const scannedAt = new Date(Date.now() - daysAgo * 86_400_000).toISOString();
        expect((await scan(app, token, { code, event, scannedAt })).status).toBe(201);
      }
    };
    await walk(codes[0], ['posted', 'arrived'], 3);
    await walk(codes[1], ['posted', 'delivered', 'return_received'], 0);
    await walk(codes[2], ['posted'], 0);
  });
  afterAll(() => app.close());

  it('lists the arrived packets and the handed-in work at the pupils’ office, longest waiting first', async () => {
    const waiting = await get<Waiting>(app, world.pupilClerk.token, '/packets/waiting');
    expect(waiting.items.map((i) => [i.code, i.status, i.waitingDays])).toEqual([
      [codes[0], 'arrived', 3],
      [codes[1], 'return_received', 0],
    ]);
    expect(waiting.items[0]).toMatchObject({ classLabel: '5 Ә' });
    expect(waiting.items[0].recipientName).toMatch(/Қайратұлы$/);
  });

  it('shows another office nothing of it, and no one but a clerk the list', async () => {
    expect((await get<Waiting>(app, world.clerk.token, '/packets/waiting')).items).toEqual([]);
    await request(server(app))
      .get('/packets/waiting')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(403);
  });
});
