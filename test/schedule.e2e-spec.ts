import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  Person,
  post,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';

interface PacketView {
  id: string;
  classId: string;
  goesOutOn: string;
  comesBackOn: string;
  releasedAt: string | null;
  dispatchId: string | null;
  cases: { id: string; subjectCode: string; addedBy: string }[];
  missingSubjects: string[];
  load: { totalMinutes: number; minutesPerDay: number; overNorm: boolean; longCaseIds: string[] };
}
interface DueItem {
  packetId: string;
  classId: string;
  goesOutOn: string;
  subjectCode: string;
  caseIds: string[];
}

/** The academic deputy's timetable: dates, teachers' cases, the norm, release into a dispatch. */
describe('the timetable of packets (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let academic: Person;
  let mathTeacher: Person;
  let scienceTeacher: Person;
  let otherClassId: string;
  const cases: Record<string, { id: string; topic: string }> = {};

  const call = (method: 'post' | 'patch' | 'delete', token: string, url: string, body?: object) =>
    request(server(app))[method](url).set('Authorization', `Bearer ${token}`).send(body);
  const packets = async (query = '') =>
    (await get<{ items: PacketView[] }>(app, academic.token, `/schedule${query}`)).items;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    academic = await staffMember(app, world, 'deputy_academic');
    mathTeacher = await staffMember(app, world, 'teacher');
    scienceTeacher = await staffMember(app, world, 'teacher');
    otherClassId = (
      await post<{ id: string }>(app, world.director.token, '/classes', {
        schoolId: world.schoolId,
        grade: 6,
        letter: 'Б',
        language: 'kk',
      })
    ).id;
    const write = async (who: Person, key: string, overrides: Record<string, unknown>) =>
      (cases[key] = await post(app, who.token, '/cases', caseBody(world, overrides)));
    await write(world.teacher, 'kazakh', { estimatedMinutes: 25 });
    await write(mathTeacher, 'math', { subjectCode: 'mathematics', estimatedMinutes: 30 });
    await write(scienceTeacher, 'longScience', {
      subjectCode: 'natural_science',
      estimatedMinutes: 45,
    });
  });
  afterAll(() => app.close());

  it('sets weekly dates for the whole school, all classes at once', async () => {
    const made = await call('post', academic.token, '/schedule', {
      startOn: daysFromNow(1),
      periodDays: 7,
      count: 3,
    }).expect(201);
    const items = made.body.items as PacketView[];
    expect(items).toHaveLength(6);
    expect(items.filter((p) => p.classId === world.classId).map((p) => p.goesOutOn)).toEqual([
      daysFromNow(1),
      daysFromNow(8),
      daysFromNow(15),
    ]);
    expect(items[0].comesBackOn).toBe(daysFromNow(8));
    expect(items[0]).toMatchObject({ releasedAt: null, cases: [] });
  });

  it('refuses dates a class already has, dates in the past, and a teacher setting dates', async () => {
    const taken = await call('post', academic.token, '/schedule', {
      classId: world.classId,
      startOn: daysFromNow(8),
      periodDays: 14,
      count: 1,
    }).expect(409);
    expect(taken.body).toMatchObject({ code: 'schedule.date_taken' });
    expect(taken.body.message).toContain(daysFromNow(8));
    const past = await call('post', academic.token, '/schedule', {
      grade: 6,
      startOn: daysFromNow(-1),
      periodDays: 7,
      count: 1,
    }).expect(400);
    expect(past.body).toMatchObject({
      code: 'schedule.dates_invalid',
      details: { field: 'startOn' },
    });
    const noGrade = await call('post', academic.token, '/schedule', {
      grade: 11,
      startOn: daysFromNow(30),
      periodDays: 7,
      count: 1,
    }).expect(400);
    expect(noGrade.body.code).toBe('schedule.no_classes');
    const bad = await call('post', academic.token, '/schedule', {
      startOn: 'next week',
      periodDays: 0,
      count: 1,
    }).expect(400);
    expect(bad.body.code).toBe('request.invalid');
    await call('post', world.teacher.token, '/schedule', {
      startOn: daysFromNow(40),
      periodDays: 7,
      count: 1,
    }).expect(403);
    expect(await packets()).toHaveLength(6);
  });

  it('moves one date and removes another, audited with what they were', async () => {
    const [, second, third] = (await packets(`?classId=${otherClassId}`)).map((p) => p.id);
    const moved = await call('patch', academic.token, `/schedule/${second}`, {
      goesOutOn: daysFromNow(9),
    }).expect(200);
    expect(moved.body).toMatchObject({ goesOutOn: daysFromNow(9), comesBackOn: daysFromNow(15) });
    const backwards = await call('patch', academic.token, `/schedule/${second}`, {
      comesBackOn: daysFromNow(9),
    }).expect(400);
    expect(backwards.body).toMatchObject({ code: 'schedule.dates_invalid' });
    await call('delete', academic.token, `/schedule/${third}`).expect(204);
    expect((await packets(`?classId=${otherClassId}`)).map((p) => p.goesOutOn)).toEqual([
      daysFromNow(1),
      daysFromNow(9),
    ]);
    const audit = await get<{ items: { entity: string; action: string; changes: object }[] }>(
      app,
      world.director.token,
      `/audit?entity=scheduled_packet`,
    );
    expect(audit.items.map((a) => a.changes)).toContainEqual({
      goesOutOn: { before: daysFromNow(8), after: daysFromNow(9) },
    });
    expect(audit.items.map((a) => a.changes)).toContainEqual(
      expect.objectContaining({ goesOutOn: { before: daysFromNow(15), after: null } }),
    );
  });

  it('shows each teacher what is due from them for the next packet of each class', async () => {
    const due = await get<{ items: DueItem[] }>(app, mathTeacher.token, '/schedule/due');
    expect(due.items).toEqual([
      expect.objectContaining({
        classId: world.classId,
        goesOutOn: daysFromNow(1),
        subjectCode: 'mathematics',
        caseIds: [],
      }),
    ]);
  });

  it('lets three teachers add their cases to the next packet, each only their own', async () => {
    const [next] = await packets(`?caseId=${cases.kazakh.id}`);
    expect(next).toMatchObject({ classId: world.classId, goesOutOn: daysFromNow(1) });
    expect(next.missingSubjects).toEqual(['kazakh_language', 'mathematics', 'natural_science']);
    const notMine = await call('post', mathTeacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.kazakh.id,
    }).expect(403);
    expect(notMine.body.code).toBe('schedule.not_your_case');
    await call('post', world.teacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.kazakh.id,
    }).expect(201);
    await call('post', mathTeacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.math.id,
    }).expect(201);
    const twice = await call('post', mathTeacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.math.id,
    }).expect(409);
    expect(twice.body.code).toBe('schedule.case_added');
    const wrongClass = (await packets(`?classId=${otherClassId}`))[0];
    const refused = await call('post', mathTeacher.token, `/schedule/${wrongClass.id}/cases`, {
      caseId: cases.math.id,
    }).expect(400);
    expect(refused.body.code).toBe('case.wrong_class');
    const added = await call('post', scienceTeacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.longScience.id,
    }).expect(201);
    const view = added.body as PacketView;
    expect(view.cases.map((c) => c.id)).toEqual([
      cases.kazakh.id,
      cases.math.id,
      cases.longScience.id,
    ]);
    expect(view.missingSubjects).toEqual([]);
    expect(view.load).toMatchObject({ totalMinutes: 100, minutesPerDay: 20, overNorm: true });
    expect(view.load.longCaseIds).toEqual([cases.longScience.id]);
    const due = await get<{ items: DueItem[] }>(app, mathTeacher.token, '/schedule/due');
    expect(due.items[0].caseIds).toEqual([cases.math.id]);
  });

  it('refuses to release a packet over the norm, and an empty one, until fixed', async () => {
    const [next, empty] = await packets(`?classId=${world.classId}`);
    const over = await call('post', academic.token, `/schedule/${next.id}/release`).expect(409);
    expect(over.body).toMatchObject({ code: 'schedule.over_norm' });
    expect(over.body.message).toContain(cases.longScience.topic);
    expect(over.body.message).toContain('30 min');
    const nothing = await call('post', academic.token, `/schedule/${empty.id}/release`).expect(409);
    expect(nothing.body.code).toBe('schedule.packet_empty');
    await call('post', world.teacher.token, `/schedule/${next.id}/release`).expect(403);
    const dispatches = await get<{ total: number }>(
      app,
      world.director.token,
      `/dispatches?classId=${world.classId}`,
    );
    expect(dispatches.total).toBe(0);
    await call(
      'delete',
      mathTeacher.token,
      `/schedule/${next.id}/cases/${cases.longScience.id}`,
    ).expect(403);
    await call(
      'delete',
      scienceTeacher.token,
      `/schedule/${next.id}/cases/${cases.longScience.id}`,
    ).expect(200);
  });

  it('releases it into one dispatch for the class, every subject in each pupil’s packet', async () => {
    const [next] = await packets(`?classId=${world.classId}`);
    const both = await Promise.all([
      call('post', academic.token, `/schedule/${next.id}/release`),
      call('post', world.director.token, `/schedule/${next.id}/release`),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    const released = both.find((r) => r.status === 200)!;
    expect(both.find((r) => r.status === 409)!.body.code).toBe('schedule.released');
    expect(released.body.releasedAt).not.toBeNull();
    const dispatch = await get<{ caseIds: string[]; returnDueOn: string; packets: object[] }>(
      app,
      world.director.token,
      `/dispatches/${released.body.dispatchId}`,
    );
    expect(dispatch.caseIds).toEqual([cases.kazakh.id, cases.math.id]);
    expect(dispatch.returnDueOn).toBe(next.comesBackOn);
    expect(dispatch.packets).toHaveLength(world.studentIds.length);
    const made = await get<{ total: number }>(
      app,
      world.director.token,
      `/dispatches?classId=${world.classId}`,
    );
    expect(made.total).toBe(1);
    const again = await call('post', world.teacher.token, `/schedule/${next.id}/cases`, {
      caseId: cases.kazakh.id,
    }).expect(409);
    expect(again.body).toMatchObject({ code: 'schedule.released' });
    const due = await get<{ items: DueItem[] }>(app, mathTeacher.token, '/schedule/due');
    expect(due.items[0]).toMatchObject({ goesOutOn: daysFromNow(8), caseIds: [] });
  });
});
