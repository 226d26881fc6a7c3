import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  post,
  scan,
  SchoolWorld,
  server,
} from './support/factories';
import { binary, decodeBarcodes } from './support/pdf';

interface PacketRead {
  code: string;
  status: string;
  replacesPacketId: string | null;
  id: string;
  events: { event: string }[];
  snapshot: { cases: { topic: string }[]; student: { fullName: string } };
}

/** A packet lost on the way is reprinted: a new code, the same content, the old one ended. */
describe('reprinting a lost or damaged packet (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    codes = await dispatchCodes(app, world);
    expect((await scan(app, world.clerk.token, { code: codes[0], event: 'posted' })).status).toBe(
      201,
    );
  });
  afterAll(() => app.close());

  const read = (code: string): Promise<PacketRead> =>
    get<PacketRead>(app, world.teacher.token, `/packets/${code}`);

  it('ends the old code as lost and makes the same packet under a new code, printed with it', async () => {
    const made = await post<{ code: string }>(
      app,
      world.teacher.token,
      `/packets/${codes[0]}/reprint`,
      { reason: 'Жолда жоғалды' },
    );
    expect(made.code).not.toBe(codes[0]);
    const [old, fresh] = await Promise.all([read(codes[0]), read(made.code)]);
    expect(old.status).toBe('lost');
    expect(old.events.map((e) => e.event)).toEqual(['posted', 'lost']);
    expect(fresh).toMatchObject({ status: 'created', replacesPacketId: old.id, events: [] });
    expect(fresh.snapshot.cases).toEqual(old.snapshot.cases);
    expect(fresh.snapshot.student).toEqual(old.snapshot.student);
    const pdf = await request(server(app))
      .get(`/packets/${made.code}/pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(await decodeBarcodes(pdf.body as Buffer, 1)).toEqual([made.code]);
    const log = await get<{ items: { action: string; changes: Record<string, unknown> }[] }>(
      app,
      world.director.token,
      '/audit?entity=packet',
    );
    expect(log.items[0]).toMatchObject({
      action: 'reprint',
      changes: {
        code: { before: codes[0], after: made.code },
        reason: { before: null, after: 'Жолда жоғалды' },
      },
    });
  });

  it('makes a packet again only once', async () => {
    const again = await request(server(app))
      .post(`/packets/${codes[0]}/reprint`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ reason: 'Тағы' })
      .expect(409);
    expect(again.body.code).toBe('packet.already_redispatched');
  });

  it('refuses a packet still at school, and a reprint without a reason, changing nothing', async () => {
    const atSchool = await request(server(app))
      .post(`/packets/${codes[1]}/reprint`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ reason: 'Бүлінді' })
      .expect(409);
    expect(atSchool.body).toMatchObject({
      code: 'packet.illegal_transition',
      details: { status: 'created' },
    });
    await request(server(app))
      .post(`/packets/${codes[1]}/reprint`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({})
      .expect(400);
    expect((await read(codes[1])).status).toBe('created');
  });
});
