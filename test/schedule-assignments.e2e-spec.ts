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

interface Missing {
  subjectCode: string;
  teacherId: string | null;
  teacherName: string | null;
}
interface PacketView {
  id: string;
  classId: string;
  goesOutOn: string;
  comesBackOn: string;
  missingSubjects: string[];
  missing: Missing[];
  subjectsFrom: string;
  pupils: number;
  envelopes: number;
}
interface DueItem {
  classId: string;
  goesOutOn: string;
  comesBackOn: string;
  subjectCode: string;
}
interface Assignment {
  id: string;
  classId: string;
  subjectCode: string;
  teacherId: string;
  teacherName: string;
}

/** The academic deputy's list of who teaches what where, and what the timetable makes of it. */
describe('teaching assignments in the timetable (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let academic: Person;
  let aliya: Person;
  let bolat: Person;
  let twinClassId: string;

  const call = (
    method: 'post' | 'patch' | 'put' | 'delete',
    token: string,
    url: string,
    body?: object,
  ) => request(server(app))[method](url).set('Authorization', `Bearer ${token}`).send(body);
  const packetOf = async (classId: string) =>
    (await get<{ items: PacketView[] }>(app, academic.token, `/schedule?classId=${classId}`))
      .items[0];
  const dueOf = async (who: Person) =>
    (await get<{ items: DueItem[] }>(app, who.token, '/schedule/due')).items;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    academic = await staffMember(app, world, 'deputy_academic');
    aliya = await staffMember(app, world, 'teacher', 'Әлия Серікова');
    bolat = await staffMember(app, world, 'teacher', 'Болат Жанов');
    twinClassId = (
      await post<{ id: string }>(app, world.director.token, '/classes', {
        schoolId: world.schoolId,
        grade: 5,
        letter: 'Б',
        language: 'kk',
      })
    ).id;
    // The class teacher writes Kazakh for grade 5: the only hint the service had before.
    await post(app, world.teacher.token, '/cases', caseBody(world));
    await call('post', academic.token, '/schedule', {
      startOn: daysFromNow(2),
      periodDays: 7,
      count: 1,
    }).expect(201);
  });
  afterAll(() => app.close());

  it('counts the envelopes a release would print: none for an online pupil', async () => {
    await call('patch', world.deputy.token, `/students/${world.studentIds[1]}/channel`, {
      channel: 'online',
      reason: 'Интернеті бар',
    }).expect(200);
    expect(await packetOf(world.classId)).toMatchObject({ pupils: 2, envelopes: 1 });
    expect(await packetOf(twinClassId)).toMatchObject({ pupils: 0, envelopes: 0 });
  });

  it('guesses from the cases written while a class has no assignment', async () => {
    const packet = await packetOf(world.classId);
    expect(packet.subjectsFrom).toBe('cases_written');
    expect(packet.missing).toEqual([
      { subjectCode: 'kazakh_language', teacherId: null, teacherName: null },
    ]);
    expect((await dueOf(world.teacher)).map((d) => d.classId).sort()).toEqual(
      [world.classId, twinClassId].sort(),
    );
    expect(await dueOf(aliya)).toEqual([]);
  });

  it('lets the academic deputy assign subjects, refusing what cannot be', async () => {
    const made = await call('post', academic.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'mathematics',
      teacherId: aliya.id,
    }).expect(201);
    expect(made.body).toMatchObject({
      classId: world.classId,
      subjectCode: 'mathematics',
      teacherId: aliya.id,
      teacherName: 'Әлия Серікова',
    });
    const twice = await call('post', academic.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'mathematics',
      teacherId: bolat.id,
    }).expect(409);
    expect(twice.body).toMatchObject({
      code: 'assignment.taken',
      details: { field: 'subjectCode', assignmentId: made.body.id },
    });
    const notTaught = await call('post', academic.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'initial_military_training',
      teacherId: aliya.id,
    }).expect(400);
    expect(notTaught.body).toMatchObject({
      code: 'subject.not_offered',
      details: { field: 'subjectCode' },
    });
    const clerk = await call('post', academic.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'natural_science',
      teacherId: world.clerk.id,
    }).expect(404);
    expect(clerk.body.code).toBe('staff.not_found');
    await call('post', aliya.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'natural_science',
      teacherId: aliya.id,
    }).expect(403);
    await call('post', academic.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'kazakh_language',
      teacherId: world.teacher.id,
    }).expect(201);
    const list = await get<{ items: Assignment[] }>(
      app,
      aliya.token,
      `/schedule/assignments?classId=${world.classId}`,
    );
    expect(list.items.map((a) => [a.subjectCode, a.teacherName])).toEqual([
      ['kazakh_language', 'teacher Тестов'],
      ['mathematics', 'Әлия Серікова'],
    ]);
  });

  it('then shows which subject is missing and whose it is, and tells each teacher', async () => {
    const packet = await packetOf(world.classId);
    expect(packet.subjectsFrom).toBe('assignments');
    expect(packet.missing).toEqual([
      {
        subjectCode: 'kazakh_language',
        teacherId: world.teacher.id,
        teacherName: 'teacher Тестов',
      },
      { subjectCode: 'mathematics', teacherId: aliya.id, teacherName: 'Әлия Серікова' },
    ]);
    expect(packet.missingSubjects).toEqual(['kazakh_language', 'mathematics']);
    expect(await dueOf(aliya)).toEqual([
      expect.objectContaining({
        classId: world.classId,
        subjectCode: 'mathematics',
        goesOutOn: daysFromNow(2),
        comesBackOn: daysFromNow(9),
      }),
    ]);
    // The twin class has no assignment: it still goes by the cases written.
    expect((await packetOf(twinClassId)).subjectsFrom).toBe('cases_written');
    expect((await dueOf(world.teacher)).map((d) => d.classId).sort()).toEqual(
      [world.classId, twinClassId].sort(),
    );
  });

  it('corrects and removes an assignment, audited with what it was', async () => {
    const [math] = (
      await get<{ items: Assignment[] }>(
        app,
        academic.token,
        `/schedule/assignments?classId=${world.classId}`,
      )
    ).items.filter((a) => a.subjectCode === 'mathematics');
    const moved = await call('patch', academic.token, `/schedule/assignments/${math.id}`, {
      teacherId: bolat.id,
    }).expect(200);
    expect(moved.body).toMatchObject({ teacherId: bolat.id, teacherName: 'Болат Жанов' });
    expect(await dueOf(aliya)).toEqual([]);
    expect((await dueOf(bolat)).map((d) => d.subjectCode)).toEqual(['mathematics']);
    await call('delete', academic.token, `/schedule/assignments/${math.id}`).expect(204);
    await call('delete', academic.token, `/schedule/assignments/${math.id}`).expect(404);
    expect(await dueOf(bolat)).toEqual([]);
    expect((await packetOf(world.classId)).missingSubjects).toEqual(['kazakh_language']);
    const audit = await get<{ items: { action: string; changes: object }[] }>(
      app,
      world.director.token,
      '/audit?entity=teaching_assignment',
    );
    const changes = audit.items.map((a) => a.changes);
    expect(changes).toContainEqual({ teacherId: { before: aliya.id, after: bolat.id } });
    expect(changes).toContainEqual(
      expect.objectContaining({ teacherId: { before: bolat.id, after: null } }),
    );
  });

  it('saves a class’s panel in one go: all its rows or, on a bad one, none', async () => {
    const url = `/schedule/assignments/classes/${twinClassId}`;
    const refused = await call('put', academic.token, url, {
      items: [
        { subjectCode: 'mathematics', teacherId: aliya.id },
        { subjectCode: 'kazakh_language', teacherId: world.clerk.id },
      ],
    }).expect(404);
    expect(refused.body.code).toBe('staff.not_found');
    const listOf = () =>
      get<{ items: Assignment[] }>(
        app,
        academic.token,
        `/schedule/assignments?classId=${twinClassId}`,
      );
    expect((await listOf()).items).toEqual([]);
    const saved = await call('put', academic.token, url, {
      items: [
        { subjectCode: 'mathematics', teacherId: aliya.id },
        { subjectCode: 'kazakh_language', teacherId: world.teacher.id },
      ],
    }).expect(200);
    const items = (saved.body as { items: Assignment[] }).items;
    expect(items.map((a) => [a.subjectCode, a.teacherId])).toEqual([
      ['kazakh_language', world.teacher.id],
      ['mathematics', aliya.id],
    ]);
    await call('put', academic.token, url, {
      items: [
        { subjectCode: 'mathematics', teacherId: null },
        { subjectCode: 'kazakh_language', teacherId: bolat.id },
      ],
    }).expect(200);
    expect((await listOf()).items.map((a) => [a.subjectCode, a.teacherId])).toEqual([
      ['kazakh_language', bolat.id],
    ]);
    const audit = await get<{ items: { action: string; changes: object }[] }>(
      app,
      world.director.token,
      '/audit?entity=teaching_assignment',
    );
    expect(audit.items.find((a) => a.action === 'set_class')?.changes).toEqual({
      mathematics: { before: aliya.id, after: null },
      kazakh_language: { before: world.teacher.id, after: bolat.id },
    });
  });

  it('moves one packet’s dates, out and back, and refuses work back before it goes out', async () => {
    const packet = await packetOf(twinClassId);
    const moved = await call('patch', academic.token, `/schedule/${packet.id}`, {
      goesOutOn: daysFromNow(3),
      comesBackOn: daysFromNow(12),
    }).expect(200);
    expect(moved.body).toMatchObject({ goesOutOn: daysFromNow(3), comesBackOn: daysFromNow(12) });
    const back = await call('patch', academic.token, `/schedule/${packet.id}`, {
      comesBackOn: daysFromNow(14),
    }).expect(200);
    expect(back.body).toMatchObject({ goesOutOn: daysFromNow(3), comesBackOn: daysFromNow(14) });
    const refused = await call('patch', academic.token, `/schedule/${packet.id}`, {
      goesOutOn: daysFromNow(15),
    }).expect(400);
    expect(refused.body).toMatchObject({
      code: 'schedule.dates_invalid',
      details: { field: 'comesBackOn' },
    });
    expect(await packetOf(twinClassId)).toMatchObject({
      goesOutOn: daysFromNow(3),
      comesBackOn: daysFromNow(14),
    });
  });
});
