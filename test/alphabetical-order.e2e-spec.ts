import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  server,
} from './support/factories';
import { binary } from './support/pdf';

/**
 * The Kazakh alphabet: А Ә Б ... К Қ ... О Ө ... Ұ Ү ... Ы І ... Я. In code-point order the
 * Kazakh letters (U+04xx) would all come after Я.
 */
const IN_ORDER = [
  'Абай Ерлан',
  'Әлия Нұрланқызы',
  'Бек Айдар',
  'Кенже Ару',
  'Қасым Ерлан',
  'Орал Нұр',
  'Өмір Дана',
  'Ұлан Арман',
  'Үміт Бақыт',
  'Ыбырай Алтынсарин',
  'Ілияс Серік',
  'Ясауи Ахмет',
];
const SCRAMBLED = [7, 2, 11, 4, 0, 9, 1, 10, 5, 3, 8, 6].map((i) => IN_ORDER[i]);

describe('pupils in Kazakh alphabetical order (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let dispatchId: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
    for (const [i, fullName] of SCRAMBLED.entries())
      await post(app, world.teacher.token, '/students', {
        classId: world.classId,
        fullName,
        address: `Көктал, Абай к. ${i + 1}`,
        postcode: 'A15E3C5',
        postOfficeId: world.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: `8 701 000 00 ${String(10 + i)}`,
      });
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const dispatch = await post<{ id: string; packets: { listNo: number; studentName: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [lessonCase.id], returnDueOn: daysFromNow(14) },
    );
    dispatchId = dispatch.id;
  });
  afterAll(() => app.close());

  it('lists the class in alphabetical order', async () => {
    const list = await get<{ items: { fullName: string }[] }>(
      app,
      world.teacher.token,
      `/students?classId=${world.classId}`,
    );
    expect(list.items.map((p) => p.fullName)).toEqual(IN_ORDER);
  });

  it('numbers the print run and the manifest in alphabetical order', async () => {
    const dispatch = await get<{ packets: { listNo: number; studentName: string }[] }>(
      app,
      world.teacher.token,
      `/dispatches/${dispatchId}`,
    );
    expect(dispatch.packets.map((p) => [p.listNo, p.studentName])).toEqual(
      IN_ORDER.map((name, i) => [i + 1, name]),
    );
    const csv = await request(server(app))
      .get(`/dispatches/${dispatchId}/manifest.csv`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const rows = (csv.body as Buffer).toString('utf8').trimEnd().split('\r\n').slice(1);
    expect(rows.map((row) => row.split(';')[2])).toEqual(IN_ORDER);
  });

  it('lists packets (the review stack, the packet desk) by pupil in alphabetical order', async () => {
    const packets = await get<{ items: { studentName: string }[] }>(
      app,
      world.teacher.token,
      `/packets?classId=${world.classId}&limit=50`,
    );
    expect(packets.items.map((p) => p.studentName)).toEqual(IN_ORDER);
  });

  it('orders the class matrix alphabetically', async () => {
    const matrix = await get<{ pupils: { fullName: string }[] }>(
      app,
      world.teacher.token,
      `/reports/classes/${world.classId}/matrix`,
    );
    expect(matrix.pupils.map((p) => p.fullName)).toEqual(IN_ORDER);
  });
});
