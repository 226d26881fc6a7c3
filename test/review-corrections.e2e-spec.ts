import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCollector,
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
} from './support/factories';

interface Review {
  caseId: string;
  mark: number | null;
  passed: boolean | null;
  comment: string;
  reviewerName: string;
  correctable: boolean;
}
interface AuditItem {
  targetId: string | null;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** A mistyped mark is set right before the pupil's next packet prints it, and not after. */
describe('correcting a saved review (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let caseId: string;
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    caseId = (
      await post<{ id: string }>(
        app,
        world.teacher.token,
        '/cases',
        caseBody(world, { subjectCode: 'mathematics' }),
      )
    ).id;
    codes = (
      await post<{ packets: { code: string }[] }>(app, world.teacher.token, '/dispatches', {
        classId: world.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(14),
      })
    ).packets.map((p) => p.code);
    await appointCollector(app, world);
    for (const code of codes) {
      for (const [event, token] of [
        ['posted', world.clerk.token],
        ['delivered', world.pupilClerk.token],
        ['return_received', world.pupilClerk.token],
        ['collected', world.teacher.token],
      ] as const) {
        const extra = event === 'collected' ? { postOfficeId: world.pupilOfficeId } : {};
        const answer = await scan(app, token, { code, event, ...extra });
        if (answer.status !== 201) throw new Error(`${code} ${event}: ${answer.status}`);
      }
      await post(app, world.teacher.token, `/packets/${code}/review`, {
        caseReviews: [{ caseId, mark: 3, comment: 'Қате жазылған баға' }],
      });
    }
  }, 60_000);
  afterAll(() => app.close());

  const correct = (code: string, body: object, token = world.teacher.token) =>
    request(server(app))
      .patch(`/packets/${code}/reviews/${caseId}`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const reviewsOf = async (code: string) =>
    (await get<{ reviews: Review[] }>(app, world.teacher.token, `/packets/${code}`)).reviews;

  it('shows the saved mark and comment on the packet, correctable until sent', async () => {
    expect(await reviewsOf(codes[0])).toEqual([
      expect.objectContaining({
        caseId,
        mark: 3,
        passed: null,
        comment: 'Қате жазылған баға',
        reviewerName: 'teacher Тестов',
        correctable: true,
      }),
    ]);
  });

  it('lets the reviewer correct the mark and comment, audited with the values before', async () => {
    const answer = await correct(codes[0], { mark: 8, comment: 'Жақсы жұмыс' }).expect(200);
    expect(answer.body).toMatchObject({ mark: 8, comment: 'Жақсы жұмыс', correctable: true });
    expect(await reviewsOf(codes[0])).toEqual([
      expect.objectContaining({ mark: 8, comment: 'Жақсы жұмыс' }),
    ]);
    const audit = await get<{ items: AuditItem[] }>(
      app,
      world.director.token,
      '/audit?entity=review&limit=500',
    );
    const row = audit.items.find((item) => item.action === 'correct');
    expect(row?.changes).toEqual({
      mark: { before: 3, after: 8 },
      comment: { before: 'Қате жазылған баға', after: 'Жақсы жұмыс' },
    });
    const csv = await request(server(app))
      .get(`/reports/classes/${world.classId}/marks.csv?language=kk`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(200);
    // The e-journal takes the corrected mark: the first pupil's row ends in 8, not 3.
    const row0 = csv.text.split('\r\n').find((line) => line.includes('Оқушы А'));
    expect(row0?.split(';').at(-1)).toBe('8');
  });

  it('names the field of a bad correction and refuses another teacher', async () => {
    const bad = await correct(codes[0], { mark: 11 }).expect(400);
    expect(bad.body.details.fields[0].field).toBe('mark');
    const wrongKind = await correct(codes[0], { passed: true }).expect(400);
    expect(wrongKind.body.code).toBe('review.invalid');
    const otherLogin = unique('other.');
    await post(app, world.director.token, '/staff', {
      fullName: 'Басқа Мұғалім',
      role: 'teacher',
      schoolId: world.schoolId,
      login: otherLogin,
      password: PASSWORD,
    });
    const other = await login(app, otherLogin);
    const refused = await correct(codes[0], { mark: 5 }, other).expect(403);
    expect(refused.body.code).toBe('review.not_yours');
    // The director may set anyone's review right.
    await correct(codes[1], { mark: 9 }, world.director.token).expect(200);
  });

  it('refuses once the next packet printed the feedback, saying why', async () => {
    const next = (
      await post<{ id: string }>(
        app,
        world.teacher.token,
        '/cases',
        caseBody(world, { subjectCode: 'mathematics' }),
      )
    ).id;
    await post(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [next],
      returnDueOn: daysFromNow(14),
    });
    expect(await reviewsOf(codes[0])).toEqual([
      expect.objectContaining({ mark: 8, correctable: false }),
    ]);
    const refused = await correct(codes[0], { mark: 7 }).expect(409);
    expect(refused.body.code).toBe('review.feedback_printed');
    expect(refused.body.message).toMatch(/next packet/);
    expect((await reviewsOf(codes[0]))[0].mark).toBe(8);
  });
});
