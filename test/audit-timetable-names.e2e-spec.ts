import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCarrier,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  server,
} from './support/factories';

interface AuditRow {
  entity: string;
  action: string;
  targetId: string | null;
  targetName: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}
interface PacketView {
  id: string;
  classId: string;
  goesOutOn: string;
  dispatchId: string | null;
}

/** A timetable packet as a reader sees it named: class and the day it goes out, 19.12.2026. */
const shown = (day: string) => `5 Ә, ${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;

/**
 * The timetable's rows, a copied case and a carrier's visit name what they are about: the
 * packet's class and date, the case, the subject and teacher, the counts printed and carried.
 */
describe('audit rows of the timetable and the rounds name their record (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let packets: PacketView[];
  let topic: string;
  let caseId: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
    await call('patch', world.deputy.token, `/students/${world.studentIds[0]}/channel`, {
      channel: 'by_hand',
      reason: 'Ауылға мектеп көлігі барады',
    }).expect(200);
    packets = (
      await post<{ items: PacketView[] }>(app, world.director.token, '/schedule', {
        classId: world.classId,
        startOn: daysFromNow(8),
        periodDays: 7,
        count: 2,
      })
    ).items;
    const lesson = await post<{ id: string; topic: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    ({ id: caseId, topic } = lesson);
  });
  afterAll(() => app.close());

  const call = (method: 'post' | 'patch' | 'delete', token: string, url: string, body = {}) =>
    request(server(app))[method](url).set('Authorization', `Bearer ${token}`).send(body);
  const rows = async (entity: string, action: string): Promise<AuditRow[]> =>
    (
      await get<{ items: AuditRow[] }>(
        app,
        world.director.token,
        `/audit?entity=${entity}&limit=500`,
      )
    ).items.filter((row) => row.action === action);

  it('names the subject and the teacher of an assignment', async () => {
    await call('post', world.director.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'kazakh_language',
      teacherId: world.teacher.id,
    }).expect(201);
    expect(await rows('teaching_assignment', 'create')).toEqual([
      expect.objectContaining({
        targetName: '5 Ә',
        changes: {
          subjectCode: { before: null, after: 'kazakh_language' },
          teacherId: { before: null, after: world.teacher.id },
        },
      }),
    ]);
  });

  it('names the packet and the case added, and what released it printed', async () => {
    const [first] = packets;
    await call('post', world.teacher.token, `/schedule/${first.id}/cases`, { caseId }).expect(201);
    expect(await rows('scheduled_packet', 'add_case')).toEqual([
      expect.objectContaining({
        targetName: shown(first.goesOutOn),
        changes: { case: { before: null, after: topic } },
      }),
    ]);
    await call('post', world.director.token, `/schedule/${first.id}/release`).expect(200);
    expect(await rows('scheduled_packet', 'release')).toEqual([
      expect.objectContaining({
        targetName: shown(first.goesOutOn),
        changes: { pupils: { before: null, after: 1 }, envelopes: { before: null, after: 1 } },
      }),
    ]);
  });

  it('names a packet whose dates moved, and one removed', async () => {
    const second = packets[1];
    await call('patch', world.director.token, `/schedule/${second.id}`, {
      comesBackOn: daysFromNow(30),
    }).expect(200);
    await call('delete', world.director.token, `/schedule/${second.id}`).expect(204);
    const named = [
      ...(await rows('scheduled_packet', 'update')),
      ...(await rows('scheduled_packet', 'delete')),
    ];
    expect(named.map((row) => row.targetName)).toEqual([
      shown(second.goesOutOn),
      shown(second.goesOutOn),
    ]);
    expect(named[0].changes).toMatchObject({ comesBackOn: { after: daysFromNow(30) } });
  });

  it('says what a copied case was copied from', async () => {
    const copy = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, { copyPicturesOf: caseId }),
    );
    const made = (await rows('case', 'create')).find((row) => row.targetId === copy.id);
    expect(made?.changes).toEqual({ copiedFrom: { before: null, after: topic } });
  });

  it("records a carrier's visit with the teacher and the packets handed over", async () => {
    const dutyId = await appointCarrier(app, world);
    const dispatchId = (
      await get<PacketView>(app, world.director.token, `/schedule/${packets[0].id}`)
    ).dispatchId;
    const dispatch = await get<{ packets: { code: string }[] }>(
      app,
      world.director.token,
      `/dispatches/${dispatchId}`,
    );
    await call('post', world.teacher.token, `/collection-duties/${dutyId}/rounds`, {
      postOfficeId: world.pupilOfficeId,
      collectedAt: new Date().toISOString(),
      codes: [],
      handedOver: dispatch.packets.map((p) => p.code),
    }).expect(201);
    const teacher = await get<{ fullName: string }>(
      app,
      world.director.token,
      `/staff/${world.teacher.id}`,
    );
    expect(await rows('duty', 'round')).toEqual([
      expect.objectContaining({
        targetId: dutyId,
        targetName: teacher.fullName,
        changes: {
          postOfficeId: { before: null, after: world.pupilOfficeId },
          handedOver: { before: null, after: 1 },
          takenBack: { before: null, after: 0 },
        },
      }),
    ]);
  });
});
