import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  login,
  PASSWORD,
  post,
  SchoolWorld,
  scan,
  server,
  unique,
  backdate,
} from './support/factories';
import { binary, pdfText } from './support/pdf';

interface Duty {
  id: string;
  overdue: boolean;
  nextDueOn: string;
  daysOverdue: number;
  lastCollectedAt: string | null;
  waitingPackets: { code: string; waitingDays: number; late: boolean }[];
}

/** Noon in Kazakhstan on a date. */
const noon = (date: string): string => new Date(`${date}T12:00:00+05:00`).toISOString();

describe('collection duty, rounds and reviews (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];
  let caseId: string;
  const day0 = addDays(localDate(), -30);

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    caseId = (await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world))).id;
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [caseId], returnDueOn: daysFromNow(7) },
    );
    codes = dispatch.packets.map((p) => p.code);
    // The packets were made before day 0, so the fortnight's scans may be recorded.
    await backdate(app, 'packets', 'code', codes, 31);
    // Pupils 0 and 1 hand their work in on day 1 and day 10 of the fortnight.
    for (const [i, day] of [
      [0, 1],
      [1, 10],
    ] as const) {
      await scan(app, world.clerk.token, {
        code: codes[i],
        event: 'posted',
        scannedAt: noon(day0),
      });
      await scan(app, world.pupilClerk.token, {
        code: codes[i],
        event: 'delivered',
        scannedAt: noon(day0),
      });
      await scan(app, world.pupilClerk.token, {
        code: codes[i],
        event: 'return_received',
        scannedAt: noon(addDays(day0, day)),
      });
    }
  });
  afterAll(() => app.close());

  const duties = async (asOf: string): Promise<Duty> =>
    (await get<{ items: Duty[] }>(app, world.deputy.token, `/collection-duties?asOf=${asOf}`))
      .items[0];

  it('walks a fortnight: on time at day 14, overdue on day 15, on time again after a round', async () => {
    const duty = await post<{ id: string }>(app, world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      teacherId: world.teacher.id,
      postOfficeIds: [world.pupilOfficeId],
      startsOn: day0,
    });
    // Appointed on day 0, as the rounds of the fortnight need.
    await backdate(app, 'collection_duties', 'id', [duty.id], 31);
    expect(await duties(addDays(day0, 14))).toMatchObject({
      overdue: false,
      nextDueOn: addDays(day0, 14),
      lastCollectedAt: null,
    });
    expect(await duties(addDays(day0, 15))).toMatchObject({ overdue: true, daysOverdue: 1 });

    const round = await post<{
      taken: { code: string }[];
      refused: { code: string; statusCode: number }[];
    }>(app, world.teacher.token, `/collection-duties/${(await duties(day0)).id}/rounds`, {
      postOfficeId: world.pupilOfficeId,
      collectedAt: noon(addDays(day0, 16)),
      codes: [codes[1], codes[2], 'RR123'],
    });
    expect(round.taken.map((t) => t.code)).toEqual([codes[1]]);
    expect(round.refused.map((r) => [r.code, r.statusCode])).toEqual([
      [codes[2], 409],
      ['RR123', 400],
    ]);

    const after = await duties(addDays(day0, 16));
    expect(after).toMatchObject({ overdue: false, nextDueOn: addDays(day0, 30) });
    // Pupil 0's work was left behind in the round: it has waited 15 days, longer than the interval.
    expect(after.waitingPackets).toEqual([
      expect.objectContaining({ code: codes[0], waitingDays: 15, late: true }),
    ]);
    // Replaying the past still shows the overdue day.
    expect((await duties(addDays(day0, 15))).overdue).toBe(true);
  });

  it('refuses a second duty for the same office and period, and rounds by others', async () => {
    const clash = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${world.director.token}`)
      .send({
        schoolId: world.schoolId,
        teacherId: world.teacher.id,
        postOfficeIds: [world.pupilOfficeId],
        startsOn: addDays(day0, 5),
      });
    expect(clash.status).toBe(409);
    const otherLogin = unique('t.');
    await post(app, world.admin, '/staff', {
      fullName: 'Басқа мұғалім',
      role: 'teacher',
      schoolId: world.schoolId,
      login: otherLogin,
      password: PASSWORD,
    });
    const otherToken = await login(app, otherLogin);
    const dutyId = (await duties(day0)).id;
    const byOther = await request(server(app))
      .post(`/collection-duties/${dutyId}/rounds`)
      .set('Authorization', `Bearer ${otherToken}`)
      .send({ postOfficeId: world.pupilOfficeId, collectedAt: noon(day0), codes: [] });
    expect(byOther.status).toBe(403);
    expect(byOther.body.message).toContain('appointed teacher');
    const byTeacher = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({
        schoolId: world.schoolId,
        teacherId: world.teacher.id,
        postOfficeIds: [world.officeId],
        startsOn: day0,
      });
    expect(byTeacher.status).toBe(403);
  });

  it('takes a review with marks and prints the comment in the pupil’s next packet', async () => {
    const code = codes[1];
    const graded = await request(server(app))
      .post(`/packets/${code}/review`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ caseReviews: [{ caseId, passed: true, comment: 'x' }] });
    expect(graded.status).toBe(400);
    expect(graded.body.message).toContain('is graded');
    const comment = 'Жарайсың! Септік жалғауларын тағы бір рет қайтала.';
    const reviewed = await post<{ packet: { status: string } }>(
      app,
      world.teacher.token,
      `/packets/${code}/review`,
      { caseReviews: [{ caseId, mark: 9, comment }] },
    );
    expect(reviewed.packet.status).toBe('reviewed');
    const again = await request(server(app))
      .post(`/packets/${code}/review`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ caseReviews: [{ caseId, mark: 9, comment }] });
    expect(again.status).toBe(409);

    const next = await post<{ packets: { code: string; studentName: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      {
        classId: world.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(14),
        confirmRepeat: true,
      },
    );
    const pdfOf = async (c: string) =>
      pdfText(
        (
          await request(server(app))
            .get(`/packets/${c}/pdf`)
            .set('Authorization', `Bearer ${world.teacher.token}`)
            .buffer(true)
            .parse(binary)
        ).body as Buffer,
      );
    const withFeedback = await pdfOf(next.packets[1].code);
    expect(withFeedback).toContain('Мұғалімдердің пікірлері');
    expect(withFeedback).toContain(comment);
    expect(withFeedback).toContain('Баға: 9');
    expect(await pdfOf(next.packets[0].code)).not.toContain('Мұғалімдердің пікірлері');
    const third = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      {
        classId: world.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(21),
        confirmRepeat: true,
      },
    );
    expect(await pdfOf(third.packets[1].code)).not.toContain(comment);
  });

  it('lets a clerk of the post office see no duty', async () => {
    await request(server(app))
      .get('/collection-duties')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .expect(403);
  });

  it('refuses in a round a packet handed in at another office, and another school’s packet', async () => {
    const other = await createSchoolWorld(app, { pupils: 1 });
    const otherCase = await post<{ id: string }>(
      app,
      other.teacher.token,
      '/cases',
      caseBody(other),
    );
    const [packet] = (
      await post<{ packets: { code: string }[] }>(app, other.teacher.token, '/dispatches', {
        classId: other.classId,
        caseIds: [otherCase.id],
        returnDueOn: daysFromNow(7),
      })
    ).packets;
    await scan(app, other.clerk.token, { code: packet.code, event: 'posted' });
    await scan(app, other.pupilClerk.token, { code: packet.code, event: 'return_received' });
    // The duty covers the school's own office, not the village office the work was handed in at.
    const duty = await post<{ id: string }>(app, other.deputy.token, '/collection-duties', {
      schoolId: other.schoolId,
      teacherId: other.teacher.id,
      postOfficeIds: [other.officeId],
      startsOn: localDate(),
    });
    const round = await post<{
      taken: unknown[];
      refused: { code: string; statusCode: number; details?: { reason?: string } }[];
    }>(app, other.teacher.token, `/collection-duties/${duty.id}/rounds`, {
      postOfficeId: other.officeId,
      collectedAt: new Date().toISOString(),
      codes: [packet.code, codes[2]],
    });
    expect(round.taken).toEqual([]);
    expect(round.refused).toEqual([
      expect.objectContaining({
        code: packet.code,
        statusCode: 400,
        details: expect.objectContaining({ reason: 'other_office' }),
      }),
      expect.objectContaining({ code: codes[2], statusCode: 404, errorCode: 'packet.not_found' }),
    ]);
    const history = await get<{ status: string }>(
      app,
      other.teacher.token,
      `/packets/${packet.code}`,
    );
    expect(history.status).toBe('return_received');
  });
});
