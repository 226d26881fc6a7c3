import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  buildingPostcode,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  officePostcode,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

const fieldsOf = (body: { details: { fields: { field: string }[] } }): string[] =>
  body.details.fields.map((f) => f.field);

interface AuditItem {
  entity: string;
  action: string;
  targetId: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** Every record a user creates can be corrected, archived and restored, or deleted while unused. */
describe('correcting, archiving and deleting records (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([
      createSchoolWorld(app, { pupils: 1 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
  });
  afterAll(() => app.close());

  const call = (method: 'patch' | 'post' | 'delete', token: string, url: string, body?: object) => {
    const pending = request(server(app))[method](url).set('Authorization', `Bearer ${token}`);
    return body ? pending.send(body) : pending;
  };
  const auditOf = async (token: string, entity: string, targetId: string) =>
    (await get<{ items: AuditItem[] }>(app, token, `/audit?entity=${entity}&limit=500`)).items
      .filter((e) => e.targetId === targetId)
      .reverse();
  const newOffice = (postcode = officePostcode()) =>
    post<{ id: string; postcode: string }>(app, a.admin, '/post-offices', {
      postcode,
      name: unique('Бөлімше '),
      address: 'Абай көшесі, 2',
      locality: 'Көктал',
    });

  describe('cases', () => {
    it('saves an edit sent as the editor sends it, and names a field the route does not take', async () => {
      const written = caseBody(a);
      const lessonCase = await post<{ id: string }>(app, a.teacher.token, '/cases', written);
      const { schoolId: _school, ...content } = caseBody(a, { topic: 'Жаңа тақырып' });
      const saved = await call('patch', a.teacher.token, `/cases/${lessonCase.id}`, content);
      expect(saved.status).toBe(200);
      expect(saved.body.topic).toBe('Жаңа тақырып');
      const refused = await call('patch', a.teacher.token, `/cases/${lessonCase.id}`, {
        ...content,
        schoolId: a.schoolId,
      }).expect(400);
      expect(fieldsOf(refused.body)).toEqual(['schoolId']);
      const log = await auditOf(a.director.token, 'case', lessonCase.id);
      expect(log.at(-1)?.changes?.topic).toEqual({ before: written.topic, after: 'Жаңа тақырып' });
    });

    it('archives a case out of the library, restores it, and deletes one never sent', async () => {
      const lessonCase = await post<{ id: string; topic: string }>(
        app,
        a.teacher.token,
        '/cases',
        caseBody(a, { topic: unique('Мұрағат ') }),
      );
      const library = async (archived = '') =>
        (
          await get<{ items: { id: string }[] }>(
            app,
            a.teacher.token,
            `/cases?limit=500${archived}`,
          )
        ).items.map((c) => c.id);
      const archived = await call('post', a.teacher.token, `/cases/${lessonCase.id}/archive`);
      expect(archived.status).toBe(200);
      expect(archived.body.archivedAt).toEqual(expect.any(String));
      expect(await library()).not.toContain(lessonCase.id);
      expect(await library('&archived=true')).toContain(lessonCase.id);
      await call('post', a.teacher.token, `/cases/${lessonCase.id}/restore`).expect(200);
      expect(await library()).toContain(lessonCase.id);
      await call('delete', b.teacher.token, `/cases/${lessonCase.id}`).expect(404);
      await call('delete', a.teacher.token, `/cases/${lessonCase.id}`).expect(204);
      await get(app, a.teacher.token, `/cases/${lessonCase.id}`, 404);
      const log = await auditOf(a.director.token, 'case', lessonCase.id);
      expect(log.map((e) => e.action)).toEqual(['create', 'archive', 'restore', 'delete']);
      expect(log[1].changes?.archivedAt).toEqual({ before: null, after: expect.any(String) });
      expect(log[3].changes?.topic).toEqual({ before: lessonCase.topic, after: null });
    });

    it('refuses to delete a case packets were made from, in words naming what uses it', async () => {
      const lessonCase = await post<{ id: string }>(app, a.teacher.token, '/cases', caseBody(a));
      await post(app, a.teacher.token, '/dispatches', {
        classId: a.classId,
        caseIds: [lessonCase.id],
        returnDueOn: daysFromNow(10),
      });
      const refused = await call('delete', a.teacher.token, `/cases/${lessonCase.id}`).expect(409);
      expect(refused.body).toMatchObject({ code: 'case.in_use', details: { dispatches: 1 } });
      expect(refused.body.message).toMatch(/archive it instead/);
      await get(app, a.teacher.token, `/cases/${lessonCase.id}`);
    });
  });

  describe('post offices', () => {
    it('gives one of 8 parallel creations of a postcode, and 409s naming the postcode', async () => {
      const postcode = buildingPostcode();
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          call('post', a.admin, '/post-offices', {
            postcode,
            name: `Параллель ${i}`,
            address: 'Абай 1',
            locality: 'Көктал',
          }),
        ),
      );
      expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      for (const refused of answers.filter((r) => r.status === 409)) {
        expect(refused.body).toMatchObject({
          code: 'post_office.postcode_taken',
          details: { postcode, fields: [{ field: 'postcode' }] },
        });
        expect(refused.body.message).toContain(postcode);
      }
      const found = await get<{ total: number }>(app, a.admin, `/post-offices?search=${postcode}`);
      expect(found.total).toBe(1);
    });

    it('corrects an office, keeping the postcode unique and what it was in the audit log', async () => {
      const office = await newOffice();
      const other = await newOffice();
      const code = buildingPostcode();
      const corrected = await call('patch', a.admin, `/post-offices/${office.id}`, {
        name: 'Көктал 2-бөлімше',
        postcode: `${code.slice(0, 3)} ${code.slice(3)}`.toLowerCase(),
      }).expect(200);
      expect(corrected.body).toMatchObject({ name: 'Көктал 2-бөлімше', postcode: code });
      const clash = await call('patch', a.admin, `/post-offices/${office.id}`, {
        postcode: other.postcode,
      }).expect(409);
      expect(clash.body.message).toContain(other.postcode);
      const bad = await call('patch', a.admin, `/post-offices/${office.id}`, {
        postcode: '12-34',
        extra: 1,
      }).expect(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['extra', 'postcode']);
      await call('patch', a.admin, '/post-offices/not-a-uuid', { name: 'X' }).expect(400);
      await call('patch', a.admin, `/post-offices/${a.schoolId}`, { name: 'X' }).expect(404);
      await call('patch', a.director.token, `/post-offices/${office.id}`, { name: 'X' }).expect(
        403,
      );
      const [, update] = await auditOf(a.admin, 'post_office', office.id);
      expect(update.changes).toEqual({
        name: { before: expect.stringMatching(/^Бөлімше /), after: 'Көктал 2-бөлімше' },
        postcode: { before: office.postcode, after: code },
      });
      await call('delete', a.admin, `/post-offices/${office.id}`).expect(204);
    });

    it('archives an office out of the list and search, and refuses to delete one in use', async () => {
      const office = await newOffice();
      const search = async (archived = '') =>
        (
          await get<{ items: { id: string }[] }>(
            app,
            a.admin,
            `/post-offices?search=${office.postcode}${archived}`,
          )
        ).items.map((o) => o.id);
      expect(await search()).toEqual([office.id]);
      await call('post', a.admin, `/post-offices/${office.id}/archive`).expect(200);
      expect(await search()).toEqual([]);
      expect(await search('&archived=true')).toEqual([office.id]);
      await call('post', a.admin, `/post-offices/${office.id}/restore`).expect(200);
      expect(await search()).toEqual([office.id]);
      const inUse = await call('delete', a.admin, `/post-offices/${a.pupilOfficeId}`).expect(409);
      expect(inUse.body).toMatchObject({
        code: 'post_office.in_use',
        details: { staff: 1, pupils: 1 },
      });
    });
  });

  describe('schools', () => {
    it('lets the director correct their school, not another; the admin archives and deletes', async () => {
      const renamed = unique('Жаңа атау ');
      await call('patch', a.director.token, `/schools/${a.schoolId}`, { name: renamed }).expect(
        200,
      );
      await call('patch', a.director.token, `/schools/${b.schoolId}`, { name: 'X' }).expect(404);
      await call('patch', a.admin, `/schools/${a.schoolId}`, {
        postOfficeId: '00000000-0000-4000-8000-000000000000',
      }).expect(404);
      const [update] = (await auditOf(a.director.token, 'school', a.schoolId)).filter(
        (e) => e.action === 'update',
      );
      expect(update.changes?.name).toEqual({ before: expect.any(String), after: renamed });

      const inUse = await call('delete', a.admin, `/schools/${a.schoolId}`).expect(409);
      expect(inUse.body).toMatchObject({ code: 'school.in_use', details: { classes: 1 } });
      const school = await post<{ id: string }>(app, a.admin, '/schools', {
        name: unique('Қате мектеп '),
        region: 'Алматы облысы',
        locality: 'Көктал',
        address: 'Мектеп 1',
        postOfficeId: a.officeId,
      });
      const listed = async (archived = '') =>
        (
          await get<{ items: { id: string }[] }>(app, a.admin, `/schools?limit=500${archived}`)
        ).items.map((s) => s.id);
      await call('post', a.admin, `/schools/${school.id}/archive`).expect(200);
      expect(await listed()).not.toContain(school.id);
      expect(await listed('&archived=true')).toContain(school.id);
      await call('post', a.director.token, `/schools/${school.id}/restore`).expect(403);
      await call('post', a.admin, `/schools/${school.id}/restore`).expect(200);
      await call('delete', a.admin, `/schools/${school.id}`).expect(204);
      await get(app, a.admin, `/schools/${school.id}`, 404);
    });
  });

  describe('classes', () => {
    it('corrects a class teacher and language, keeps grade and letter unique, audits before', async () => {
      const schoolClass = await post<{ id: string }>(app, a.director.token, '/classes', {
        schoolId: a.schoolId,
        grade: 7,
        letter: 'Қ',
        language: 'kk',
        classTeacherId: a.teacher.id,
      });
      const corrected = await call('patch', a.deputy.token, `/classes/${schoolClass.id}`, {
        language: 'ru',
        classTeacherId: null,
      }).expect(200);
      expect(corrected.body).toMatchObject({ language: 'ru', classTeacherId: null });
      const clash = await call('patch', a.deputy.token, `/classes/${schoolClass.id}`, {
        grade: 5,
        letter: 'ә',
      }).expect(409);
      expect(clash.body.code).toBe('class.exists');
      await call('patch', a.deputy.token, `/classes/${schoolClass.id}`, { language: 'en' }).expect(
        400,
      );
      await call('patch', a.teacher.token, `/classes/${schoolClass.id}`, { letter: 'Б' }).expect(
        403,
      );
      await call('patch', b.deputy.token, `/classes/${schoolClass.id}`, { letter: 'Б' }).expect(
        404,
      );
      await call('patch', a.deputy.token, `/classes/${schoolClass.id}`, {
        classTeacherId: b.teacher.id,
      }).expect(404);
      const [, update] = await auditOf(a.director.token, 'class', schoolClass.id);
      expect(update.changes).toEqual({
        language: { before: 'kk', after: 'ru' },
        classTeacherId: { before: a.teacher.id, after: null },
      });

      const listed = async (archived = '') =>
        (
          await get<{ items: { id: string }[] }>(
            app,
            a.deputy.token,
            `/classes?limit=500${archived}`,
          )
        ).items.map((c) => c.id);
      await call('post', a.deputy.token, `/classes/${schoolClass.id}/archive`).expect(200);
      expect(await listed()).not.toContain(schoolClass.id);
      expect(await listed('&archived=true')).toContain(schoolClass.id);
      await call('post', a.deputy.token, `/classes/${schoolClass.id}/restore`).expect(200);
      await call('delete', a.deputy.token, `/classes/${schoolClass.id}`).expect(204);
      const inUse = await call('delete', a.deputy.token, `/classes/${a.classId}`).expect(409);
      expect(inUse.body).toMatchObject({ code: 'class.in_use', details: { pupils: 1 } });
    });
  });
});
