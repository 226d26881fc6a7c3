import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCollector,
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  scan,
  SchoolWorld,
  server,
} from './support/factories';

interface PacketView {
  status: string;
  returnDueOn: string;
  events: unknown[];
}

/** Which office records which event, and dates that would fake the record. */
describe('recording rules (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    [world, other] = await Promise.all([
      createSchoolWorld(app, { pupils: 4 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
    codes = await dispatchCodes(app, world);
  });
  afterAll(() => app.close());

  const packet = (code: string) => get<PacketView>(app, world.director.token, `/packets/${code}`);

  it('lets the origin office post and the destination office do the rest', async () => {
    const code = codes[0];
    const postedAtDestination = await scan(app, world.pupilClerk.token, { code, event: 'posted' });
    expect(postedAtDestination.status).toBe(403);
    expect(postedAtDestination.body).toMatchObject({
      code: 'scan.wrong_office',
      details: { event: 'posted', recordedAt: 'origin' },
    });
    expect((await scan(app, world.clerk.token, { code, event: 'posted' })).status).toBe(201);
    for (const event of ['arrived', 'delivered', 'return_received']) {
      const atOrigin = await scan(app, world.clerk.token, { code, event });
      expect([event, atOrigin.status, atOrigin.body.code]).toEqual([
        event,
        403,
        'scan.wrong_office',
      ]);
    }
    expect((await packet(code)).events).toHaveLength(1);
    expect((await scan(app, world.pupilClerk.token, { code, event: 'arrived' })).status).toBe(201);
  });

  it("keeps another office's clerk from marking a packet lost, and lets either own office", async () => {
    const stranger = await scan(app, other.clerk.token, { code: codes[1], event: 'lost' });
    expect(stranger.status).toBe(404);
    await scan(app, world.clerk.token, { code: codes[1], event: 'posted' });
    expect((await scan(app, world.clerk.token, { code: codes[1], event: 'lost' })).status).toBe(
      201,
    );
  });

  it('refuses a scan dated before its packet was made', async () => {
    const early = await scan(app, world.clerk.token, {
      code: codes[2],
      event: 'posted',
      scannedAt: new Date(Date.now() - 3_600_000).toISOString(),
    });
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({ code: 'scan.time_invalid' });
    expect((await packet(codes[2])).status).toBe('created');
  });

  it('refuses return dates beyond the horizon, for dispatches and extensions', async () => {
    const extension = await request(server(app))
      .patch(`/packets/${codes[3]}/return-due-on`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ returnDueOn: '9999-12-31', reason: 'Жол жабық' })
      .expect(400);
    expect(extension.body).toMatchObject({
      code: 'packet.return_date_invalid',
      details: { latest: daysFromNow(120) },
    });
    expect((await packet(codes[3])).returnDueOn).toBe(daysFromNow(14));
    const ok = await request(server(app))
      .patch(`/packets/${codes[3]}/return-due-on`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ returnDueOn: daysFromNow(30), reason: 'Жол жабық' });
    expect(ok.status).toBe(200);
    const far = await request(server(app))
      .post('/dispatches')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ classId: world.classId, caseIds: [world.classId], returnDueOn: '9999-12-31' })
      .expect(400);
    expect(far.body.code).toBe('dispatch.return_date_invalid');
  });

  it('refuses a duty starting in 2001 and a round dated before its duty', async () => {
    const old = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${other.deputy.token}`)
      .send({
        schoolId: other.schoolId,
        teacherId: other.teacher.id,
        postOfficeIds: [other.pupilOfficeId],
        startsOn: '2001-01-01',
      })
      .expect(400);
    expect(old.body).toMatchObject({
      code: 'duty.dates_invalid',
      details: { field: 'startsOn', reason: 'start_too_early' },
    });
    const backwards = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${other.deputy.token}`)
      .send({
        schoolId: other.schoolId,
        teacherId: other.teacher.id,
        postOfficeIds: [other.pupilOfficeId],
        startsOn: daysFromNow(5),
        endsOn: daysFromNow(2),
      })
      .expect(400);
    expect(backwards.body).toMatchObject({
      details: { field: 'endsOn', reason: 'end_before_start', limit: daysFromNow(5) },
    });
    expect(backwards.body.message).toMatch(/^endsOn: /);
    const dutyId = await appointCollector(app, other, daysFromNow(-3));
    const backfill = await request(server(app))
      .post(`/collection-duties/${dutyId}/rounds`)
      .set('Authorization', `Bearer ${other.teacher.token}`)
      .send({
        postOfficeId: other.pupilOfficeId,
        collectedAt: '2001-01-01T10:00:00+05:00',
        codes: [],
      })
      .expect(400);
    expect(backfill.body.code).toBe('duty.round_time_invalid');
    const duties = await get<{ items: { id: string; lastCollectedAt: string | null }[] }>(
      app,
      other.deputy.token,
      '/collection-duties',
    );
    expect(duties.items.find((d) => d.id === dutyId)?.lastCollectedAt).toBeNull();
  });
});
