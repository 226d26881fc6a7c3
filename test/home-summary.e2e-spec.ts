import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/app';
import {
  appointCollector,
  caseBody,
  createSchoolWorld,
  dispatchCodes,
  get,
  post,
  scan,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';
import { binary, pdfText } from './support/pdf';

interface Summary {
  classes: number;
  pupils: number;
  cases: number;
  dispatchesThisWeek: number;
  awaitingReview: number;
  overdue: number;
  schools: number;
}

/** The counts on each person's home screen, counted by hand. */
describe('home screen summary (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    await createSchoolWorld(app, { pupils: 2 }); // another school's work counts for nobody here
    await post(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 6,
      letter: 'Б',
      language: 'kk',
    });
    await post(app, world.director.token, '/cases', caseBody(world));
    const [first, second] = await dispatchCodes(app, world);
    await appointCollector(app, world);
    for (const event of ['posted', 'delivered', 'return_received', 'collected']) {
      const token =
        event === 'posted'
          ? world.clerk.token
          : event === 'collected'
            ? world.teacher.token
            : world.pupilClerk.token;
      const response = await scan(app, token, {
        code: first,
        event,
        ...(event === 'collected' ? { postOfficeId: world.pupilOfficeId } : {}),
      });
      expect(response.status).toBe(201);
    }
    // The second packet's return date passed yesterday, with nothing back.
    await app
      .get(DataSource)
      .query(`UPDATE packets SET return_due_on = current_date - 1 WHERE code = $1`, [second]);
  });
  afterAll(() => app.close());

  const summaryOf = (token: string): Promise<Summary> =>
    get<Summary>(app, token, '/reports/summary');

  it('gives a teacher their own classes, cases, dispatches and work to review', async () => {
    expect(await summaryOf(world.teacher.token)).toMatchObject({
      classes: 1,
      pupils: 3,
      cases: 1,
      dispatchesThisWeek: 1,
      awaitingReview: 1,
      overdue: 1,
    });
  });

  it('counts the classes a subject teacher is assigned to, as well as their own class', async () => {
    const kazakh = await staffMember(app, world, 'teacher', 'Әлия Серікова');
    expect(await summaryOf(kazakh.token)).toMatchObject({ classes: 0, pupils: 0 });
    const deputy = await staffMember(app, world, 'deputy_academic');
    await post(app, deputy.token, '/schedule/assignments', {
      classId: world.classId,
      subjectCode: 'kazakh_language',
      teacherId: kazakh.id,
    });
    expect(await summaryOf(kazakh.token)).toMatchObject({ classes: 1, pupils: 3 });
  });

  it('gives the director the whole school', async () => {
    expect(await summaryOf(world.director.token)).toMatchObject({
      classes: 2,
      pupils: 3,
      cases: 2,
      dispatchesThisWeek: 1,
      schools: 1,
    });
  });

  it('lists the work waiting for review with the cases to review, by subject', async () => {
    const waiting = await get<{
      items: {
        code: string;
        studentName: string;
        classLabel: string;
        cases: { subjectCode: string; passFail: boolean }[];
      }[];
      total: number;
    }>(app, world.teacher.token, '/packets?status=collected');
    expect(waiting.total).toBe(1);
    expect(waiting.items[0]).toMatchObject({
      classLabel: '5 Ә',
      cases: [{ subjectCode: 'kazakh_language', passFail: false }],
    });
    expect(waiting.items[0].studentName).toMatch(/Қайратұлы$/);
    const none = await get<{ total: number }>(
      app,
      world.teacher.token,
      '/packets?status=collected&subjectCode=mathematics',
    );
    expect(none.total).toBe(0);
    const other = await get<{ total: number }>(
      app,
      world.director.token,
      '/packets?status=created',
    );
    expect(other.total).toBe(2); // the two packets still at school; the other school's unseen
    const byName = await get<{ items: { studentName: string }[] }>(
      app,
      world.director.token,
      `/packets?search=${encodeURIComponent('оқушы б')}`,
    );
    expect(byName.items.map((p) => p.studentName)).toEqual(['Оқушы Б Қайратұлы']);
  });

  it('draws the feedback page of a review being written, as the next packet will print it', async () => {
    const [waiting] = (
      await get<{ items: { code: string; cases: { caseId: string; topic: string }[] }[] }>(
        app,
        world.teacher.token,
        '/packets?status=collected',
      )
    ).items;
    const send = (review: Record<string, unknown>) =>
      request(server(app))
        .post(`/packets/${waiting.code}/review/preview.pdf`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send({ caseReviews: [{ caseId: waiting.cases[0].caseId, ...review }] });
    const pdf = await send({ mark: 9, comment: 'Өте жақсы, Әлия!' }).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const text = await pdfText(pdf.body as Buffer);
    expect(text).toContain('Өте жақсы, Әлия!');
    expect(text).toContain(waiting.cases[0].topic);
    expect(text).toMatch(/9/);
    // Checked as a saved review is: a graded subject gets a mark, not passed/failed.
    const refused = await send({ passed: true, comment: 'Жақсы' });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('review.invalid');
    const still = await get<{ status: string }>(
      app,
      world.teacher.token,
      `/packets/${waiting.code}`,
    );
    expect(still.status).toBe('collected');
  });

  it('gives the admin the directory across schools', async () => {
    expect((await summaryOf(world.admin)).schools).toBeGreaterThanOrEqual(2);
  });
});
