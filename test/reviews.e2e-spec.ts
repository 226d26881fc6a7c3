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
import { binary } from './support/pdf';

interface Listed {
  code: string;
  studentName: string;
  cases: { caseId: string; subjectCode: string }[];
}
interface ErrorAnswer {
  code: string;
  details: { fields: { field: string }[] };
}

/**
 * Reviews of collected work: errors that name the field, each subject teacher's papers first,
 * marks in the class matrix and in the e-journal's CSV.
 */
describe('reviews, marks and the e-journal CSV (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let peTeacher: string; // writes physical education cases
  const cases: Record<'math' | 'pe', string> = { math: '', pe: '' };
  const codes: Record<'math' | 'pe', string[]> = { math: [], pe: [] };

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    const peLogin = unique('pe.');
    await post(app, world.director.token, '/staff', {
      fullName: 'Спорт Мұғалімі',
      role: 'teacher',
      schoolId: world.schoolId,
      login: peLogin,
      password: PASSWORD,
    });
    peTeacher = await login(app, peLogin);
    const write = async (token: string, subjectCode: string) =>
      (await post<{ id: string }>(app, token, '/cases', caseBody(world, { subjectCode }))).id;
    cases.math = await write(world.teacher.token, 'mathematics');
    cases.pe = await write(peTeacher, 'physical_education');
    // Maths goes out first, so in plain class-list order its papers come first for everyone.
    for (const kind of ['math', 'pe'] as const) {
      const dispatch = await post<{ packets: { code: string }[] }>(
        app,
        world.teacher.token,
        '/dispatches',
        { classId: world.classId, caseIds: [cases[kind]], returnDueOn: daysFromNow(14) },
      );
      codes[kind] = dispatch.packets.map((p) => p.code);
    }
    await appointCollector(app, world);
    for (const code of [...codes.math, ...codes.pe])
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
  }, 60_000);
  afterAll(() => app.close());

  const review = (code: string, caseReviews: object[], token = world.teacher.token) =>
    request(server(app))
      .post(`/packets/${code}/review`)
      .set('Authorization', `Bearer ${token}`)
      .send({ caseReviews });
  const fieldsOf = (body: unknown) => (body as ErrorAnswer).details.fields.map((f) => f.field);

  it('names the field of a bad mark, an empty comment and a mark where passed/failed is asked', async () => {
    const [code] = codes.math;
    const eleven = await review(code, [{ caseId: cases.math, mark: 11, comment: 'Жақсы' }]);
    expect(eleven.status).toBe(400);
    expect(eleven.body).toMatchObject({ code: 'request.invalid' });
    expect(fieldsOf(eleven.body)).toEqual(['caseReviews.0.mark']);
    const empty = await review(code, [{ caseId: cases.math, mark: 8, comment: '   ' }]);
    expect(fieldsOf(empty.body)).toEqual(['caseReviews.0.comment']);
    const noMark = await review(code, [{ caseId: cases.math, passed: true, comment: 'Жақсы' }]);
    expect(noMark.body).toMatchObject({ code: 'review.invalid' });
    expect(fieldsOf(noMark.body)).toEqual(['caseReviews.0.mark']);
    const peMark = await review(codes.pe[0], [{ caseId: cases.pe, mark: 9, comment: 'Жақсы' }]);
    expect(fieldsOf(peMark.body)).toEqual(['caseReviews.0.passed']);
    const packet = await get<{ status: string }>(app, world.teacher.token, `/packets/${code}`);
    expect(packet.status).toBe('collected');
  });

  it("gives each subject teacher their own subjects' papers first", async () => {
    const stack = async (token: string) =>
      (await get<{ items: Listed[] }>(app, token, '/packets?status=collected&limit=50')).items.map(
        (p) => p.cases[0].subjectCode,
      );
    expect(await stack(world.teacher.token)).toEqual([
      ...codes.math.map(() => 'mathematics'),
      ...codes.pe.map(() => 'physical_education'),
    ]);
    expect(await stack(peTeacher)).toEqual([
      ...codes.pe.map(() => 'physical_education'),
      ...codes.math.map(() => 'mathematics'),
    ]);
  });

  it('shows the marks in the class matrix and exports them for the e-journal', async () => {
    await review(codes.math[0], [{ caseId: cases.math, mark: 8, comment: 'Жақсы' }]).expect(201);
    await review(
      codes.pe[1],
      [{ caseId: cases.pe, passed: false, comment: 'Қайталаңыз' }],
      peTeacher,
    ).expect(201);
    const matrix = await get<{
      pupils: {
        fullName: string;
        cells: Record<string, { mark: number | null; passed: boolean | null }>;
      }[];
    }>(app, world.teacher.token, `/reports/classes/${world.classId}/matrix`);
    expect(matrix.pupils[0].cells[cases.math]).toMatchObject({ mark: 8, passed: null });
    expect(matrix.pupils[1].cells[cases.pe]).toMatchObject({ mark: null, passed: false });
    expect(matrix.pupils[2].cells[cases.math]).toMatchObject({ mark: null, passed: null });

    const csv = (language: string, token = world.teacher.token) =>
      request(server(app))
        .get(`/reports/classes/${world.classId}/marks.csv?language=${language}`)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse(binary);
    const kk = await csv('kk').expect(200);
    expect(kk.headers['content-disposition']).toContain(
      encodeURIComponent('5 Ә сыныбының бағалары'),
    );
    const lines = (kk.body as Buffer).toString('utf8').trimEnd().split('\r\n');
    const [first, second] = matrix.pupils.map((p) => p.fullName);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe('\uFEFFОқушы;Пән;Тақырып;Күні;Баға');
    expect(lines[1]).toMatch(new RegExp(`^${first};Математика;[^;]+;\\d\\d\\.\\d\\d\\.\\d{4};8$`));
    expect(lines[2]).toMatch(new RegExp(`^${second};Дене шынықтыру;.*;сынақтан өтпеді$`));
    const ru = ((await csv('ru').expect(200)).body as Buffer).toString('utf8');
    expect(ru).toContain('Ученик;Предмет;Тема;Дата;Оценка');
    expect(ru).toContain(';не зачтено');
    await csv('de').expect(400);
    const other = await createSchoolWorld(app, { pupils: 0 });
    await csv('kk', other.teacher.token).expect(404);
  });
});
