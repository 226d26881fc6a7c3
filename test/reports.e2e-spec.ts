import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCollector,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  scan,
  server,
} from './support/factories';
import { binary } from './support/pdf';

interface Counts {
  sent: number;
  delivered: number;
  returned: number;
  collected: number;
  reviewed: number;
  overdue: number;
  due: number;
  returnRate: number;
  returnPercent: number;
}
interface Report {
  classes: (Counts & { label: string })[];
  subjects: (Counts & { subjectCode: string })[];
  totals: Counts;
  silentPupils: { fullName: string; classLabel: string; guardianPhone: string }[];
}

/**
 * A hand-counted scenario: three classes, two subjects, pupils who return, are late, never
 * return, get an extension, or cannot be reached. The report is read 20 days ahead.
 */
describe('returns report (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  const asOf = daysFromNow(20);
  let report: Report;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 }); // class 5 Ә
    const t = world.teacher.token;
    const classB = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 5,
      letter: 'Б',
      language: 'kk',
    });
    const class6 = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 6,
      letter: 'А',
      language: 'kk',
    });
    const pupil = (classId: string, name: string) =>
      post(app, t, '/students', {
        classId,
        fullName: name,
        address: 'Бірлік, 1',
        postcode: 'A15E3C5',
        postOfficeId: world.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: '87015550000',
      });
    for (const name of ['Б1 Бақыт', 'Б2 Болат']) await pupil(classB.id, name);
    for (const name of ['А1 Асель', 'А2 Арман']) await pupil(class6.id, name);

    const math5 = (
      await post<{ id: string }>(
        app,
        t,
        '/cases',
        caseBody(world, { subjectCode: 'mathematics', topic: 'Бөлшектер' }),
      )
    ).id;
    const kazakh5 = (await post<{ id: string }>(app, t, '/cases', caseBody(world))).id;
    const math6 = (
      await post<{ id: string }>(
        app,
        t,
        '/cases',
        caseBody(world, { grade: 6, subjectCode: 'mathematics', topic: 'Пропорция' }),
      )
    ).id;
    const send = async (classId: string, caseIds: string[]) =>
      (
        await post<{ packets: { code: string }[] }>(app, t, '/dispatches', {
          classId,
          caseIds,
          returnDueOn: daysFromNow(7),
        })
      ).packets.map((p) => p.code);
    const [m1, m2, m3] = await send(world.classId, [math5]);
    const [k1, k2, k3] = await send(world.classId, [kazakh5]);
    const [b1, b2] = await send(classB.id, [math5, kazakh5]);
    const [, a2] = await send(class6.id, [math6]);

    await appointCollector(app, world);
    const clerk = world.clerk.token;
    const village = world.pupilClerk.token;
    const walk = async (code: string, steps: string[]) => {
      for (const event of steps) {
        const token = event === 'posted' ? clerk : event === 'collected' ? t : village;
        const response = await scan(app, token, {
          code,
          event,
          ...(event === 'collected' ? { postOfficeId: world.pupilOfficeId } : {}),
          ...(event === 'undeliverable' ? { reason: 'address_not_found' } : {}),
        });
        if (response.status !== 201)
          throw new Error(`${code} ${event}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    };
    await walk(m1, ['posted', 'delivered', 'return_received', 'collected']);
    await walk(k1, ['posted', 'delivered', 'return_received', 'collected']);
    await post(app, t, `/packets/${m1}/review`, {
      caseReviews: [{ caseId: math5, mark: 8, comment: 'Жақсы' }],
    });
    await walk(m2, ['posted', 'arrived', 'return_received']);
    await walk(k2, ['posted', 'delivered']);
    await walk(m3, ['posted']);
    await walk(k3, ['posted']);
    await walk(b1, ['posted', 'delivered', 'return_received']);
    await walk(b2, ['posted', 'delivered']);
    await request(server(app))
      .patch(`/packets/${b2}/return-due-on`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ returnDueOn: daysFromNow(30), reason: 'Ауырып қалды' })
      .expect(200);
    await walk(a2, ['posted', 'undeliverable']);
    report = await get<Report>(app, world.deputy.token, `/reports/returns?asOf=${asOf}`);
  });
  afterAll(() => app.close());

  const pick = ({
    sent,
    delivered,
    returned,
    collected,
    reviewed,
    overdue,
    due,
    returnRate,
  }: Counts) => ({ sent, delivered, returned, collected, reviewed, overdue, due, returnRate });

  it('counts each class as counted by hand', () => {
    expect(report.classes.map((c) => [c.label, pick(c)])).toEqual([
      [
        '5 Ә',
        {
          sent: 6,
          delivered: 4,
          returned: 3,
          collected: 2,
          reviewed: 1,
          overdue: 3,
          due: 6,
          returnRate: 0.5,
        },
      ],
      [
        '5 Б',
        {
          sent: 2,
          delivered: 2,
          returned: 1,
          collected: 0,
          reviewed: 0,
          overdue: 0,
          due: 1,
          returnRate: 1,
        },
      ],
      [
        '6 А',
        {
          sent: 2,
          delivered: 0,
          returned: 0,
          collected: 0,
          reviewed: 0,
          overdue: 1,
          due: 1,
          returnRate: 0,
        },
      ],
    ]);
    expect(pick(report.totals)).toEqual({
      sent: 10,
      delivered: 6,
      returned: 4,
      collected: 2,
      reviewed: 1,
      overdue: 4,
      due: 8,
      returnRate: 0.5,
    });
  });

  it('counts each subject as counted by hand', () => {
    expect(report.subjects.map((s) => [s.subjectCode, pick(s)])).toEqual([
      [
        'kazakh_language',
        {
          sent: 5,
          delivered: 4,
          returned: 2,
          collected: 1,
          reviewed: 0,
          overdue: 2,
          due: 4,
          returnRate: 0.5,
        },
      ],
      [
        'mathematics',
        {
          sent: 7,
          delivered: 4,
          returned: 3,
          collected: 1,
          reviewed: 1,
          overdue: 2,
          due: 5,
          returnRate: 0.6,
        },
      ],
    ]);
  });

  it('lists the pupils with nothing returned, with the guardian’s phone', () => {
    expect(report.silentPupils.map((p) => `${p.classLabel} ${p.fullName}`)).toEqual([
      '5 Ә Оқушы В Қайратұлы',
      '6 А А1 Асель',
      '6 А А2 Арман',
    ]);
    expect(report.silentPupils[0].guardianPhone).toMatch(/^\+7701/);
  });

  it('shows the state as it was on an earlier day', async () => {
    const yesterday = await get<Report>(
      app,
      world.deputy.token,
      `/reports/returns?asOf=${daysFromNow(-1)}`,
    );
    expect(yesterday.totals.sent).toBe(0);
    const today = await get<Report>(
      app,
      world.deputy.token,
      `/reports/returns?asOf=${daysFromNow(0)}`,
    );
    // Work sent today and due in a week does not count against the class: of the work due
    // by today (none late yet), all that came back early is the rate.
    expect(today.totals).toMatchObject({
      sent: 10,
      returned: 4,
      overdue: 0,
      due: 4,
      returnRate: 1,
      returnPercent: 100,
    });
  });

  it('filters by class and subject', async () => {
    const math = await get<Report>(
      app,
      world.deputy.token,
      `/reports/returns?asOf=${asOf}&subjectCode=mathematics`,
    );
    expect(math.totals.sent).toBe(7);
    expect(math.subjects.map((s) => s.subjectCode)).toEqual(['mathematics']);
    // Named as the subject catalogue names it in each language, Kyrgyz included.
    const catalogue = await get<{
      items: { code: string; nameKk: string; nameRu: string; nameKy: string | null }[];
    }>(app, world.deputy.token, '/subjects');
    const named = catalogue.items.find((s) => s.code === 'mathematics');
    expect(named?.nameKy).toBeTruthy();
    expect(math.subjects[0]).toMatchObject({
      nameKk: named?.nameKk,
      nameRu: named?.nameRu,
      nameKy: named?.nameKy,
    });
    const one = await get<Report>(
      app,
      world.deputy.token,
      `/reports/returns?asOf=${asOf}&classId=${world.classId}`,
    );
    expect(one.classes.map((c) => c.label)).toEqual(['5 Ә']);
  });

  it('gives a class matrix of pupils x cases', async () => {
    const matrix = await get<{
      cases: { subjectCode: string }[];
      pupils: { fullName: string; cells: Record<string, { status: string; overdue: boolean }> }[];
    }>(app, world.teacher.token, `/reports/classes/${world.classId}/matrix?asOf=${asOf}`);
    expect(matrix.cases).toHaveLength(2);
    // Each case names its subject's code, so screens name it from the catalogue.
    expect(matrix.cases.map((c) => c.subjectCode).sort()).toEqual(
      report.subjects.map((s) => s.subjectCode).sort(),
    );
    const statuses = matrix.pupils.map((p) =>
      Object.values(p.cells)
        .map((c) => c.status)
        .sort(),
    );
    expect(statuses).toEqual([
      ['collected', 'reviewed'],
      ['delivered', 'return_received'],
      ['posted', 'posted'],
    ]);
    expect(Object.values(matrix.pupils[2].cells).every((c) => c.overdue)).toBe(true);
  });

  it("downloads the report as CSV that Excel opens with Cyrillic, in the reader's language", async () => {
    const download = (language: string) =>
      request(server(app))
        .get(`/reports/returns.csv?asOf=${asOf}&language=${language}`)
        .set('Authorization', `Bearer ${world.deputy.token}`)
        .buffer(true)
        .parse(binary);
    const kk = await download('kk').expect(200);
    const text = (kk.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(kk.headers['content-disposition']).toContain(
      encodeURIComponent('Жұмыстардың қайтарылуы'),
    );
    expect(text).toContain('Деңгей;Атауы;Жіберілді;');
    expect(text).toContain('Сынып;5 Ә;6;4;3;2;1;3;6;50%');
    // The same whole percent as the screen reads from the report (3 of 5 due: 60 %).
    const math = report.subjects.find((s) => s.subjectCode === 'mathematics') as Counts;
    expect(text).toContain(`Пән;Математика;7;4;3;1;1;2;5;${math.returnPercent}%`);
    expect(math.returnPercent).toBe(60);
    expect(text).toContain('А1 Асель;6 А;Ата-ана;+77015550000;');
    const ru = ((await download('ru').expect(200)).body as Buffer).toString('utf8');
    expect(ru).toContain('Уровень;Название;Отправлено;');
    expect(ru).toContain('Класс;5 Б;2;2;1;0;0;0;1;100%');
    const ky = await download('ky').expect(200);
    expect(ky.headers['content-disposition']).toContain(encodeURIComponent('Иштердин кайтарылышы'));
    expect((ky.body as Buffer).toString('utf8')).toContain('Деңгээл;Аталышы;Жөнөтүлдү;');
    const bad = await download('en').expect(400);
    expect(JSON.parse((bad.body as Buffer).toString('utf8'))).toMatchObject({
      code: 'request.invalid',
      details: { fields: [expect.objectContaining({ field: 'language' })] },
    });
  });

  it('keeps other schools and post clerks out', async () => {
    const other = await createSchoolWorld(app, { pupils: 0 });
    const theirs = await get<Report>(
      app,
      other.director.token,
      `/reports/returns?asOf=${asOf}&schoolId=${world.schoolId}`,
    );
    expect(theirs.totals.sent).toBe(0);
    await request(server(app))
      .get('/reports/returns')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .expect(403);
    await request(server(app))
      .get(`/reports/classes/${world.classId}/matrix`)
      .set('Authorization', `Bearer ${other.teacher.token}`)
      .expect(404);
  });
});
