import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { formatS10 } from '@/packets/s10';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  post,
  SchoolWorld,
  scan,
  server,
  appointCollector,
  backdate,
  officePostcode,
} from './support/factories';

interface PacketView {
  status: string;
  events: { event: string; postOfficeId: string; occurredAt: string }[];
}

describe('scans (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    [world, other] = await Promise.all([
      createSchoolWorld(app, { pupils: 8 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
    codes = await dispatchCodes(app, world);
    // The packets were made a day ago, so scans of the last hours may be recorded.
    await backdate(app, 'packets', 'code', codes, 1);
    await appointCollector(app, world);
  });
  afterAll(() => app.close());

  it('follows a full life, posted to collected, and shows the history in order', async () => {
    const code = codes[0];
    const at = (minutes: number) => new Date(Date.now() - (100 - minutes) * 60_000).toISOString();
    expect(
      (await scan(app, world.clerk.token, { code, event: 'posted', scannedAt: at(0) })).status,
    ).toBe(201);
    expect(
      (await scan(app, world.pupilClerk.token, { code, event: 'arrived', scannedAt: at(10) }))
        .status,
    ).toBe(201);
    expect(
      (await scan(app, world.pupilClerk.token, { code, event: 'delivered', scannedAt: at(20) }))
        .status,
    ).toBe(201);
    expect(
      (
        await scan(app, world.pupilClerk.token, {
          code,
          event: 'return_received',
          scannedAt: at(30),
        })
      ).status,
    ).toBe(201);
    const collected = await scan(app, world.teacher.token, {
      code,
      event: 'collected',
      postOfficeId: world.pupilOfficeId,
    });
    expect(collected.status).toBe(201);
    expect(collected.body).toMatchObject({
      transition: 'applied',
      packet: { code, status: 'collected', pupilInitials: 'О. А. Қ.', classLabel: '5 Ә' },
    });
    expect(JSON.stringify(collected.body)).not.toContain('Абай');
    const packet = await get<PacketView>(app, world.teacher.token, `/packets/${code}`);
    expect(packet.status).toBe('collected');
    expect(packet.events.map((e) => e.event)).toEqual([
      'posted',
      'arrived',
      'delivered',
      'return_received',
      'collected',
    ]);
    expect(packet.events[0].postOfficeId).toBe(world.officeId);
    expect(packet.events[1].postOfficeId).toBe(world.pupilOfficeId);
  });

  it('reads a code typed in the Russian keyboard layout', async () => {
    const typed = codes[1].replace(/^RR/, 'КК').replace(/KZ$/, 'ЛЯ');
    const response = await scan(app, world.clerk.token, {
      code: ` ${typed.toLowerCase()} `,
      event: 'posted',
    });
    expect(response.status).toBe(201);
    expect(response.body.packet.code).toBe(codes[1]);
  });

  it('refuses a wrong check digit and a malformed code before looking anything up', async () => {
    const wrongDigit = codes[2].slice(0, 10) + ((Number(codes[2][10]) + 1) % 10) + 'KZ';
    const bad = await scan(app, world.clerk.token, { code: wrongDigit, event: 'posted' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'Bad Request', details: { reason: 'check_digit' } });
    expect(bad.body.message).toContain('check digit');
    const malformed = await scan(app, world.clerk.token, { code: 'HELLO', event: 'posted' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.details.reason).toBe('format');
  });

  it('answers 404 for an unknown code and for a clerk of another office', async () => {
    const unknown = await scan(app, world.clerk.token, {
      code: formatS10('RR', 99999998),
      event: 'posted',
    });
    expect(unknown.status).toBe(404);
    const stranger = await scan(app, other.clerk.token, { code: codes[2], event: 'posted' });
    expect(stranger.status).toBe(404);
    const elsewhere = await scan(app, world.clerk.token, {
      code: codes[2],
      event: 'posted',
      postOfficeId: other.officeId,
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.message).toContain('own post office');
  });

  it('refuses a backward move with 409 naming the current status', async () => {
    const code = codes[3];
    await scan(app, world.clerk.token, { code, event: 'posted' });
    await scan(app, world.pupilClerk.token, { code, event: 'delivered' });
    const back = await scan(app, world.pupilClerk.token, { code, event: 'arrived' });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({
      statusCode: 409,
      details: { reason: 'illegal_transition', status: 'delivered' },
    });
    expect(back.body.message).toContain('is delivered');
  });

  it('keeps roles to their own scans', async () => {
    const teacherPosting = await scan(app, world.teacher.token, {
      code: codes[4],
      event: 'posted',
    });
    expect(teacherPosting.status).toBe(403);
    const clerkCollecting = await scan(app, world.clerk.token, {
      code: codes[4],
      event: 'collected',
    });
    expect(clerkCollecting.status).toBe(403);
    const notOnDuty = await scan(app, other.teacher.token, {
      code: codes[4],
      event: 'collected',
      postOfficeId: other.pupilOfficeId,
    });
    expect(notOnDuty.status).toBe(403);
    expect(notOnDuty.body.code).toBe('scan.not_on_duty');
    await appointCollector(app, other);
    const otherTeacher = await scan(app, other.teacher.token, {
      code: codes[4],
      event: 'collected',
      postOfficeId: other.pupilOfficeId,
    });
    expect(otherTeacher.status).toBe(404);
    const noSuchOffice = await scan(app, world.teacher.token, {
      code: codes[4],
      event: 'collected',
      postOfficeId: '7b0e6a52-8d8e-4a55-9a36-0d9a0e9b1c11',
    });
    expect(noSuchOffice.status).toBe(404);
    expect(noSuchOffice.body.code).toBe('post_office.not_found');
  });

  it('applies 50 concurrent identical scans once and reports 49 duplicates', async () => {
    const code = codes[5];
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => scan(app, world.clerk.token, { code, event: 'posted' })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(responses.filter((r) => r.body.transition === 'duplicate')).toHaveLength(49);
    const packet = await get<PacketView>(app, world.clerk.token, `/packets/${code}`);
    expect(packet.events).toHaveLength(1);
  });

  it('recognises an offline resend by its clientId', async () => {
    const body = {
      code: codes[6],
      event: 'posted',
      clientId: 'station-1:42',
      scannedAt: new Date(Date.now() - 3_600_000).toISOString(),
    };
    expect((await scan(app, world.clerk.token, body)).status).toBe(201);
    const again = await scan(app, world.clerk.token, body);
    expect(again.status).toBe(200);
    expect(again.body.event.clientId).toBe('station-1:42');
    const future = await scan(app, world.clerk.token, {
      ...body,
      clientId: 'x',
      scannedAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.status).toBe(400);
  });

  it('needs a reason for an undeliverable packet', async () => {
    const code = codes[7];
    await scan(app, world.clerk.token, { code, event: 'posted' });
    const noReason = await scan(app, world.pupilClerk.token, { code, event: 'undeliverable' });
    expect(noReason.status).toBe(400);
    const withReason = await scan(app, world.pupilClerk.token, {
      code,
      event: 'undeliverable',
      reason: 'moved_away',
    });
    expect(withReason.status).toBe(201);
    expect(withReason.body.event.reason).toBe('moved_away');
  });

  it('sends an undeliverable packet again to the corrected address, once', async () => {
    const code = codes[7];
    const newOffice = await post<{ id: string }>(app, world.admin, '/post-offices', {
      postcode: officePostcode(),
      name: 'Жаңа бөлімше',
      address: 'Сейфуллин 5',
      locality: 'Алматы',
    });
    await request(server(app))
      .patch(`/students/${world.studentIds[7]}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ address: 'Алматы, Сейфуллин 7', postcode: '050020', postOfficeId: newOffice.id })
      .expect(200);
    const resent = await post<{
      code: string;
      status: string;
      replacesPacketId: string;
      snapshot: { student: { address: string } };
    }>(app, world.teacher.token, `/packets/${code}/redispatch`, { returnDueOn: daysFromNow(20) });
    expect(resent.code).not.toBe(code);
    expect(resent).toMatchObject({
      status: 'created',
      snapshot: { student: { address: 'Алматы, Сейфуллин 7' } },
    });
    const twice = await request(server(app))
      .post(`/packets/${code}/redispatch`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ returnDueOn: daysFromNow(20) });
    expect(twice.status).toBe(409);
    const notUndeliverable = await request(server(app))
      .post(`/packets/${codes[0]}/redispatch`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ returnDueOn: daysFromNow(20) });
    expect(notUndeliverable.status).toBe(409);
  });

  it('applies the good scans of a batch and reports the bad one', async () => {
    const fresh = await dispatchCodes(app, world);
    const response = await request(server(app))
      .post('/scans/batch')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .send({
        scans: [
          { code: fresh[0], event: 'posted' },
          { code: 'RR000000000XX', event: 'posted' },
          { code: fresh[1], event: 'posted' },
          { code: fresh[0], event: 'posted' },
          { event: 'flown' },
        ],
      })
      .expect(200);
    expect(response.body).toMatchObject({ applied: 2, duplicates: 1, failed: 2 });
    const results = response.body.results as { statusCode: number }[];
    expect(results.map((r) => r.statusCode)).toEqual([201, 400, 201, 200, 400]);
    expect(response.body.results[4].message).toContain('event must be one of');
    const packet = await get<PacketView>(app, world.clerk.token, `/packets/${fresh[1]}`);
    expect(packet.status).toBe('posted');
  });

  it('labels only the scans a station queued offline as carrying its own clock', async () => {
    const fresh = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', fresh, 1);
    const station = (code: string, clientId: string, scannedAt: Date) => ({
      code,
      event: 'posted',
      clientId,
      scannedAt: scannedAt.toISOString(),
    });
    // The station sends every scan through its queue: one just taken, one kept an hour offline.
    await request(server(app))
      .post('/scans/batch')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .send({
        scans: [
          station(fresh[0], `live-${fresh[0]}`, new Date()),
          station(fresh[1], `queued-${fresh[1]}`, new Date(Date.now() - 3_600_000)),
        ],
      })
      .expect(200);
    const history = async (code: string) =>
      (
        await get<{ events: { event: string; sentLater: boolean }[] }>(
          app,
          world.teacher.token,
          `/packets/${code}`,
        )
      ).events;
    expect(await history(fresh[0])).toEqual([
      expect.objectContaining({ event: 'posted', sentLater: false }),
    ]);
    expect(await history(fresh[1])).toEqual([
      expect.objectContaining({ event: 'posted', sentLater: true }),
    ]);
  });
});
