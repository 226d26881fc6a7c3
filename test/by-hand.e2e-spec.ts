import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import kk from '../templates/i18n/kk.json';
import { createTestApp } from './support/app';
import {
  appointCarrier,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  scan,
  server,
} from './support/factories';
import { binary, pdfText } from './support/pdf';

interface DispatchAnswer {
  id: string;
  packetCount: number;
  leftOutOnline: number;
  leftOut: { studentId: string; fullName: string; reason: string }[];
  packets: { code: string; studentId: string }[];
}
interface PacketAnswer {
  status: string;
  events: { event: string; actorId: string; postOfficeId: string | null }[];
}

/**
 * A dispatch by channel: an online pupil gets no packet (the dispatch says so); a by-hand
 * packet is printed without a postal address, kept off the post office's list and moves only
 * by its carrier's steps (handed over, work taken back), never by the post's.
 */
describe('dispatch by channel (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let dispatch: DispatchAnswer;
  let byHandCode: string;
  let postCode: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 4 });
    const [door, byHand, online] = world.studentIds;
    const decide = (id: string, channel: string) =>
      request(server(app))
        .patch(`/students/${id}/channel`)
        .set('Authorization', `Bearer ${world.deputy.token}`)
        .send({ channel, reason: 'Сынып жетекшісінің тізімі бойынша' })
        .expect(200);
    await decide(byHand, 'by_hand');
    await decide(online, 'online');
    await appointCarrier(app, world);
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    dispatch = await post<DispatchAnswer>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    const codeOf = (studentId: string) =>
      dispatch.packets.find((p) => p.studentId === studentId)?.code as string;
    byHandCode = codeOf(byHand);
    postCode = codeOf(door);
  });
  afterAll(() => app.close());

  const packet = (code: string) => get<PacketAnswer>(app, world.teacher.token, `/packets/${code}`);

  it('makes no packet for the online pupil and says so', async () => {
    const online = world.studentIds[2];
    expect(dispatch.packetCount).toBe(3);
    expect(dispatch.packets.map((p) => p.studentId)).not.toContain(online);
    expect(dispatch.leftOutOnline).toBe(1);
    expect(dispatch.leftOut).toEqual([
      { studentId: online, fullName: expect.any(String), reason: 'online' },
    ]);
    const later = await get<DispatchAnswer>(app, world.teacher.token, `/dispatches/${dispatch.id}`);
    expect(later.leftOutOnline).toBe(1);
  });

  it('refuses a class whose every chosen pupil learns online', async () => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const refused = await request(server(app))
      .post('/dispatches')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({
        classId: world.classId,
        caseIds: [lesson.id],
        studentIds: [world.studentIds[2]],
        returnDueOn: daysFromNow(14),
      });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'dispatch.pupils_invalid',
      details: { online: 1 },
    });
  });

  it('prints the by-hand cover and slip without a postal address, and keeps it off the post office list', async () => {
    const pdf = await request(server(app))
      .get(`/packets/${byHandCode}/pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain(kk.deliveryByHand);
    expect(text).toContain(kk.byHandBack);
    expect(text).not.toContain(kk.posteRestante);
    expect(text).not.toContain(world.pupilOfficePostcode.slice(0, 3));
    const csv = await request(server(app))
      .get(`/dispatches/${dispatch.id}/manifest.csv`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const listed = (csv.body as Buffer).toString('utf8');
    expect(listed).toContain(postCode);
    expect(listed).not.toContain(byHandCode);
  });

  it('moves a by-hand packet only by its carrier: handed over, work taken back', async () => {
    const posted = await scan(app, world.clerk.token, { code: byHandCode, event: 'posted' });
    expect(posted.status).toBe(409);
    expect(posted.body).toMatchObject({
      code: 'packet.by_hand',
      details: { byHand: true },
    });
    const handed = await scan(app, world.teacher.token, { code: byHandCode, event: 'handed_over' });
    expect(handed.status).toBe(201);
    // Twice (a double read) is a duplicate, not a second hand-over.
    const again = await scan(app, world.teacher.token, { code: byHandCode, event: 'handed_over' });
    expect(again.status).toBe(200);
    expect(again.body.transition).toBe('duplicate');
    await scan(app, world.teacher.token, { code: byHandCode, event: 'taken_back' }).then((r) =>
      expect(r.status).toBe(201),
    );
    const moved = await packet(byHandCode);
    expect(moved.status).toBe('taken_back');
    expect(moved.events.map((e) => [e.event, e.actorId, e.postOfficeId])).toEqual([
      ['handed_over', world.teacher.id, null],
      ['taken_back', world.teacher.id, null],
    ]);
  });

  it('keeps a posted packet off the carrier steps, and a clerk off them too', async () => {
    const byTeacher = await scan(app, world.teacher.token, {
      code: postCode,
      event: 'handed_over',
    });
    expect(byTeacher.status).toBe(409);
    expect(byTeacher.body).toMatchObject({ code: 'packet.by_post', details: { byHand: false } });
    const byClerk = await scan(app, world.clerk.token, { code: byHandCode, event: 'taken_back' });
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.code).toBe('scan.event_not_yours');
    expect((await packet(postCode)).status).toBe('created');
  });
});
