import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  scan,
  server,
} from './support/factories';

interface Duty {
  id: string;
  kind: string;
  overdue: boolean;
  daysOverdue: number;
  nextDueOn: string;
  waitingPackets: { code: string }[];
  rounds: { codesTaken: number }[];
}
interface RoundAnswer {
  taken: { code: string }[];
  refused: { code: string; errorCode: string }[];
}

/**
 * The carrier of by-hand packets is appointed like the collecting teacher: a duty of its own
 * kind over the pupils' offices, whose round records the work taken back from the families, at
 * least every 14 days, and whose overdue shows with the collecting teachers'.
 */
describe('the carrier of by-hand packets (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let byHandCode: string;
  let postCode: string;
  const today = localDate();

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    await request(server(app))
      .patch(`/students/${world.studentIds[1]}/channel`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ channel: 'by_hand', reason: 'Ауылға мектеп көлігі барады' })
      .expect(200);
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const dispatch = await post<{ packets: { code: string; studentId: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [lesson.id], returnDueOn: daysFromNow(14) },
    );
    const codeOf = (id: string) => dispatch.packets.find((p) => p.studentId === id)?.code;
    byHandCode = codeOf(world.studentIds[1]) as string;
    postCode = codeOf(world.studentIds[0]) as string;
  });
  afterAll(() => app.close());

  const appoint = (kind: string) =>
    post<Duty>(app, world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      kind,
      teacherId: world.teacher.id,
      postOfficeIds: [world.pupilOfficeId],
      startsOn: today,
    });
  const duty = async (id: string, asOf: string): Promise<Duty> =>
    (
      await get<{ items: Duty[] }>(app, world.deputy.token, `/collection-duties?asOf=${asOf}`)
    ).items.find((d) => d.id === id) as Duty;

  it('appoints a carrier beside the collecting teacher of the same office, but not a second carrier', async () => {
    const carrier = await appoint('carry');
    expect(carrier.kind).toBe('carry');
    expect((await appoint('collect')).kind).toBe('collect');
    const second = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({
        schoolId: world.schoolId,
        kind: 'carry',
        teacherId: world.teacher.id,
        postOfficeIds: [world.pupilOfficeId],
        startsOn: today,
      });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('duty.overlaps');
    const wrongKind = await request(server(app))
      .post('/collection-duties')
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({
        schoolId: world.schoolId,
        kind: 'fly',
        teacherId: world.teacher.id,
        postOfficeIds: [world.pupilOfficeId],
        startsOn: today,
      });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.details.fields[0].field).toBe('kind');
  });

  it('is overdue 15 days after a hand-over with no round, and its round takes the work back', async () => {
    const carrier = (
      await get<{ items: Duty[] }>(app, world.deputy.token, `/collection-duties?asOf=${today}`)
    ).items.find((d) => d.kind === 'carry') as Duty;
    await scan(app, world.teacher.token, { code: byHandCode, event: 'handed_over' }).then((r) =>
      expect(r.status).toBe(201),
    );
    const before = await duty(carrier.id, today);
    expect(before.waitingPackets.map((w) => w.code)).toEqual([byHandCode]);
    expect(before.overdue).toBe(false);
    expect(await duty(carrier.id, addDays(today, 15))).toMatchObject({
      overdue: true,
      daysOverdue: 1,
    });

    const round = await post<RoundAnswer>(
      app,
      world.teacher.token,
      `/collection-duties/${carrier.id}/rounds`,
      {
        postOfficeId: world.pupilOfficeId,
        collectedAt: new Date().toISOString(),
        codes: [byHandCode, postCode],
      },
    );
    expect(round.taken.map((t) => t.code)).toEqual([byHandCode]);
    expect(round.refused).toEqual([
      expect.objectContaining({ code: postCode, errorCode: 'packet.by_post' }),
    ]);
    const packet = await get<{ status: string }>(
      app,
      world.teacher.token,
      `/packets/${byHandCode}`,
    );
    expect(packet.status).toBe('taken_back');
    // Nothing waits with the families any more; the round is the duty's.
    const after = await duty(carrier.id, addDays(today, 14));
    expect(after).toMatchObject({ overdue: false, waitingPackets: [] });
    expect(after.rounds).toEqual([expect.objectContaining({ codesTaken: 1 })]);
  });

  it('lets the carrier hand the work in at school: collected, then reviewed as any packet', async () => {
    const collected = await scan(app, world.teacher.token, {
      code: byHandCode,
      event: 'collected',
      postOfficeId: world.pupilOfficeId,
    });
    expect(collected.status).toBe(201);
    const packet = await get<{ status: string }>(
      app,
      world.teacher.token,
      `/packets/${byHandCode}`,
    );
    expect(packet.status).toBe('collected');
  });
});
