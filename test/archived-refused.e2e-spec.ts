import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  buildingPostcode,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  officePostcode,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

/** Archived records are not only hidden: choosing one where it would be used is refused. */
describe('archived records refused where they would be used (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
  });
  afterAll(() => app.close());

  const send = (method: 'post' | 'patch', token: string, url: string, body: object) =>
    request(server(app))[method](url).set('Authorization', `Bearer ${token}`).send(body);
  const archive = (token: string, url: string) =>
    request(server(app)).post(`${url}/archive`).set('Authorization', `Bearer ${token}`).expect(200);
  const pupil = (classId: string, postOfficeId: string) => ({
    classId,
    fullName: unique('Оқушы '),
    address: 'Көктал, Абай к. 3',
    postcode: buildingPostcode(),
    postOfficeId,
    guardianName: 'Ата-ана',
    guardianPhone: '8 701 000 00 77',
  });
  const archivedClass = async (letter = 'Ө') => {
    const made = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 6,
      letter,
      language: 'kk',
      classTeacherId: world.teacher.id,
    });
    await archive(world.director.token, `/classes/${made.id}`);
    return made.id;
  };
  const archivedOffice = async () => {
    const made = await post<{ id: string; postcode: string }>(app, world.admin, '/post-offices', {
      postcode: officePostcode(),
      name: unique('Жабылған бөлімше '),
      address: 'Абай көшесі, 9',
      locality: 'Көктал',
    });
    await archive(world.admin, `/post-offices/${made.id}`);
    return made;
  };

  it('refuses to send an archived case, naming it', async () => {
    const lessonCase = await post<{ id: string; topic: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    await archive(world.teacher.token, `/cases/${lessonCase.id}`);
    const refused = await send('post', world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('case.archived');
    expect(refused.body.details).toMatchObject({ field: 'caseIds', topic: lessonCase.topic });
    expect(refused.body.message).toContain(lessonCase.topic);
  });

  it('refuses to send to, add to or import into an archived class', async () => {
    const classId = await archivedClass();
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const dispatch = await send('post', world.teacher.token, '/dispatches', {
      classId,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
    });
    const added = await send(
      'post',
      world.teacher.token,
      '/students',
      pupil(classId, world.pupilOfficeId),
    );
    const imported = await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('classId', classId)
      .attach(
        'file',
        Buffer.from(
          `fullName,address,postcode,postOffice,guardianName,guardianPhone\nӘлия,Абай 1,${buildingPostcode()},${world.pupilOfficePostcode},Ата,87011112233\n`,
        ),
        { filename: 'roster.csv', contentType: 'text/csv' },
      );
    for (const answer of [dispatch, added, imported]) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('class.archived');
      expect(answer.body.details).toMatchObject({ field: 'classId', label: '6 Ө' });
    }
  });

  it('refuses roster rows naming an archived class or office, at their cells, in a dry run and an import', async () => {
    await archivedClass('Ү');
    const office = await archivedOffice();
    const csv = [
      'class,fullName,address,postcode,postOffice,guardianName,guardianPhone',
      `6 Ү,Әлия Сәрсен,Абай 1,${buildingPostcode()},${world.pupilOfficePostcode},Ата,87011112233`,
      `5 Ә,Бекзат Нұр,Абай 2,${buildingPostcode()},${office.postcode},Ана,87011112234`,
    ].join('\n');
    const upload = (dryRun: boolean) => {
      const call = request(server(app))
        .post('/students/import')
        .set('Authorization', `Bearer ${world.director.token}`)
        .field('schoolId', world.schoolId);
      if (dryRun) void call.field('dryRun', 'true');
      return call.attach('file', Buffer.from(csv), {
        filename: 'roster.csv',
        contentType: 'text/csv',
      });
    };
    const preview = await upload(true).expect(200);
    const expected = [
      { row: 2, column: 'class', reason: 'archived', message: expect.stringContaining('6 Ү') },
      {
        row: 3,
        column: 'postOffice',
        reason: 'archived',
        message: expect.stringContaining(office.postcode),
      },
    ];
    expect(preview.body).toMatchObject({ wouldImport: 0, badLineCount: 2, errors: expected });
    const imported = await upload(false).expect(400);
    expect(imported.body).toMatchObject({ code: 'roster.bad_rows', details: { errors: expected } });
  });

  it('refuses an archived office for a pupil or a school, while what named it before keeps it', async () => {
    const office = await archivedOffice();
    const added = await send(
      'post',
      world.teacher.token,
      '/students',
      pupil(world.classId, office.id),
    );
    const school = await send('post', world.admin, '/schools', {
      name: unique('Мектеп '),
      region: 'Алматы облысы',
      locality: 'Көктал',
      address: 'Мектеп 2',
      postOfficeId: office.id,
    });
    const moved = await send('patch', world.director.token, `/schools/${world.schoolId}`, {
      postOfficeId: office.id,
    });
    const pupilMoved = await send(
      'patch',
      world.teacher.token,
      `/students/${world.studentIds[0]}`,
      {
        postOfficeId: office.id,
      },
    );
    for (const answer of [added, school, moved, pupilMoved]) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('post_office.archived');
      expect(answer.body.details).toMatchObject({
        field: 'postOfficeId',
        postcode: office.postcode,
      });
    }

    // A pupil whose own office is archived later is still corrected as the form sends it.
    const before = await send(
      'post',
      world.teacher.token,
      '/students',
      pupil(world.classId, world.pupilOfficeId),
    );
    expect(before.status).toBe(201);
    const other = await post<{ id: string }>(app, world.admin, '/post-offices', {
      postcode: officePostcode(),
      name: unique('Бөлімше '),
      address: 'Абай көшесі, 10',
      locality: 'Көктал',
    });
    const kept = await send('patch', world.teacher.token, `/students/${before.body.id}`, {
      postOfficeId: other.id,
    });
    expect(kept.status).toBe(200);
    await archive(world.admin, `/post-offices/${other.id}`);
    const corrected = await send('patch', world.teacher.token, `/students/${before.body.id}`, {
      postOfficeId: other.id,
      address: 'Көктал, Абай к. 5',
    });
    expect(corrected.status).toBe(200);
  });
});
