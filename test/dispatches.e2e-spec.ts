import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  KAZAKH_LETTERS,
  post,
  SchoolWorld,
  server,
} from './support/factories';
import { binary, decodeBarcodes, pdfPageCount, pdfText } from './support/pdf';

interface DispatchResponse {
  id: string;
  packets: { code: string; studentName: string; listNo: number }[];
}

describe('dispatches and packet PDFs (e2e)', () => {
  let app: INestApplication;
  let kk: SchoolWorld;
  let ru: SchoolWorld;

  beforeAll(async () => {
    // A database of its own: its S10 counter is this suite's alone, so "no serial used up" is
    // not disturbed by another suite dispatching at the same moment.
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('dispatches') });
    [kk, ru] = await Promise.all([
      createSchoolWorld(app, { pupils: 3 }),
      createSchoolWorld(app, { pupils: 2, language: 'ru', letter: 'Б' }),
    ]);
  });
  afterAll(() => app.close());

  const fetchBinary = async (token: string, url: string): Promise<request.Response> =>
    request(server(app))
      .get(url)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);

  async function dispatchOf(
    world: SchoolWorld,
    cases: Record<string, unknown>[],
  ): Promise<DispatchResponse> {
    const caseIds: string[] = [];
    for (const body of cases)
      caseIds.push((await post<{ id: string }>(app, world.teacher.token, '/cases', body)).id);
    return post<DispatchResponse>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds,
      returnDueOn: daysFromNow(14),
    });
  }

  it('makes one packet per pupil, each with its own valid S10 code, in class-list order', async () => {
    const dispatch = await dispatchOf(kk, [caseBody(kk)]);
    expect(dispatch.packets).toHaveLength(3);
    const codes = dispatch.packets.map((p) => p.code);
    expect(new Set(codes).size).toBe(3);
    for (const code of codes) expect(code).toMatch(/^RR\d{9}KZ$/);
    const names = dispatch.packets.map((p) => p.studentName);
    expect(names).toEqual([...names].sort());
    const read = await get<{ status: string; snapshot: { student: { fullName: string } } }>(
      app,
      kk.teacher.token,
      `/packets/${codes[0]}`,
    );
    expect(read.status).toBe('created');
  });

  it('never hands the same serial to two dispatches made at the same moment', async () => {
    const caseId = (await post<{ id: string }>(app, kk.teacher.token, '/cases', caseBody(kk))).id;
    const made = await Promise.all(
      Array.from({ length: 6 }, () =>
        post<DispatchResponse>(app, kk.teacher.token, '/dispatches', {
          classId: kk.classId,
          caseIds: [caseId],
          returnDueOn: daysFromNow(7),
          confirmRepeat: true,
        }),
      ),
    );
    const codes = made.flatMap((d) => d.packets.map((p) => p.code));
    expect(codes).toHaveLength(18);
    expect(new Set(codes).size).toBe(18);
  });

  it('prints a Kazakh packet whose text carries the case exactly and whose barcode scans', async () => {
    const body = caseBody(kk);
    const dispatch = await dispatchOf(kk, [body]);
    const { code } = dispatch.packets[0];
    const pdf = (await fetchBinary(kk.teacher.token, `/packets/${code}/pdf`)).body as Buffer;
    const text = await pdfText(pdf);
    expect(text).toContain(body.topic as string);
    expect(text).toContain((body.summary as string).replace(/\s+/g, ' '));
    for (const question of body.questions as string[]) expect(text).toContain(question);
    expect(text).toContain(KAZAKH_LETTERS);
    expect(text).toContain('Қайтару парағы');
    expect(text).toContain('ҮЙГЕ ДЕЙІН ЖЕТКІЗУ');
    expect(text).toContain(`5 Ә · ${code} · Оқушы А Қайратұлы`);
    expect(text).toMatch(/1-бет, барлығы \d/);
    const pages = await pdfPageCount(pdf);
    expect(pages % 2).toBe(0);
    expect(await decodeBarcodes(pdf, 1)).toEqual([code]);
    const slipPage = await findPage(pdf, pages, 'Қайтару парағы');
    expect(await decodeBarcodes(pdf, slipPage)).toEqual([code]);
  });

  it('prints a Russian packet with Russian labels', async () => {
    const dispatch = await dispatchOf(ru, [
      caseBody(ru, {
        language: 'ru',
        subjectCode: 'russian_language',
        topic: 'Имя существительное',
      }),
    ]);
    const pdf = (await fetchBinary(ru.teacher.token, `/packets/${dispatch.packets[0].code}/pdf`))
      .body as Buffer;
    const text = await pdfText(pdf);
    for (const label of [
      'Что нужно сделать',
      'ОТПРАВИТЕЛЬ',
      'ДОСТАВКА ДО ДВЕРИ',
      'Краткий конспект',
      'Вопросы и задания',
      'Лист возврата',
      'Русский язык',
      'Имя существительное',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('prints the whole class in one PDF, each pupil starting on an odd page', async () => {
    const dispatch = await dispatchOf(kk, [
      caseBody(kk),
      caseBody(kk, { subjectCode: 'mathematics', topic: 'Бөлшектер' }),
    ]);
    const pdf = (await fetchBinary(kk.teacher.token, `/dispatches/${dispatch.id}/packets.pdf`))
      .body as Buffer;
    const pages = await pdfPageCount(pdf);
    const perPacket = pages / 3;
    expect(Number.isInteger(perPacket) && perPacket % 2 === 0).toBe(true);
    for (let i = 0; i < 3; i++) {
      const firstPage = i * perPacket + 1;
      expect(await decodeBarcodes(pdf, firstPage)).toEqual([dispatch.packets[i].code]);
      expect(await pdfText(pdf, { first: firstPage, last: firstPage })).toContain(
        dispatch.packets[i].studentName,
      );
    }
  });

  it('lists every code in the manifest PDF and CSV', async () => {
    const dispatch = await dispatchOf(kk, [caseBody(kk)]);
    const codes = dispatch.packets.map((p) => p.code);
    const pdf = (await fetchBinary(kk.teacher.token, `/dispatches/${dispatch.id}/manifest.pdf`))
      .body as Buffer;
    expect((await decodeBarcodes(pdf, 1, 200)).sort()).toEqual([...codes].sort());
    expect(await pdfText(pdf)).toContain('Барлығы: 3 жөнелтілім');
    const csv = await request(server(app))
      .get(`/dispatches/${dispatch.id}/manifest.csv`)
      .set('Authorization', `Bearer ${kk.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    // Class, day, time and dispatch in the name; its ASCII twin spelled in Latin, not "_".
    expect(csv.headers['content-disposition']).toMatch(
      /filename="manifest-\d+[A-Za-z]+-\d{4}-\d{2}-\d{2}-\d{2}\.\d{2}-[0-9a-f]{4}\.csv"/,
    );
    // Streamed past Fastify, a download still carries the protective headers.
    expect(csv.headers['x-content-type-options']).toBe('nosniff');
    const content = (csv.body as Buffer).toString('utf8');
    expect(content.startsWith('\uFEFF№;Жөнелтілім коды;Алушы')).toBe(true);
    for (const code of codes) expect(content).toContain(code);
    expect(content.trim().split('\r\n')).toHaveLength(4);
  });

  it('keeps a packet as it was made when the case is edited later', async () => {
    const body = caseBody(kk);
    const created = await post<{ id: string }>(app, kk.teacher.token, '/cases', body);
    const dispatch = await post<DispatchResponse>(app, kk.teacher.token, '/dispatches', {
      classId: kk.classId,
      caseIds: [created.id],
      returnDueOn: daysFromNow(10),
    });
    const url = `/packets/${dispatch.packets[0].code}/pdf`;
    const before = await pdfText((await fetchBinary(kk.teacher.token, url)).body as Buffer);
    await request(server(app))
      .patch(`/cases/${created.id}`)
      .set('Authorization', `Bearer ${kk.teacher.token}`)
      .send({ topic: 'Өзгертілген тақырып', questions: ['Жаңа сұрақ?'] })
      .expect(200);
    const after = await pdfText((await fetchBinary(kk.teacher.token, url)).body as Buffer);
    expect(after).toBe(before);
    expect(after).not.toContain('Өзгертілген тақырып');
  });

  describe('refuses a bad dispatch and uses up no packet or serial', () => {
    let caseId: string;
    beforeAll(async () => {
      caseId = (await post<{ id: string }>(app, kk.teacher.token, '/cases', caseBody(kk))).id;
    });

    const nextCode = async (): Promise<string> => {
      const dispatch = await post<DispatchResponse>(app, kk.teacher.token, '/dispatches', {
        classId: kk.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(7),
        studentIds: [kk.studentIds[0]],
        // The same case again on purpose: each call reads the next serial.
        confirmRepeat: true,
      });
      return dispatch.packets[0].code;
    };
    const serialOf = (code: string): number => Number(code.slice(2, 10));
    const attempt = (body: Record<string, unknown>) =>
      request(server(app))
        .post('/dispatches')
        .set('Authorization', `Bearer ${kk.teacher.token}`)
        .send(body);

    it.each([
      ['an empty class', 'empty', 400, 'no active pupils'],
      ['an unknown case', 'unknownCase', 404, 'was not found'],
      ['a case of another school', 'otherSchoolCase', 404, 'was not found'],
      ['a case of another grade', 'otherGrade', 400, 'is for grade 7'],
      ['a return date in the past', 'past', 400, 'must be a date after'],
    ])('%s', async (_name, kind, status, message) => {
      const before = await nextCode();
      const body: Record<string, unknown> = {
        classId: kk.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(7),
      };
      if (kind === 'empty') {
        const empty = await post<{ id: string }>(app, kk.director.token, '/classes', {
          schoolId: kk.schoolId,
          grade: 5,
          letter: `E${Math.floor(Math.random() * 99)}`,
          language: 'kk',
        });
        body.classId = empty.id;
      }
      if (kind === 'unknownCase') body.caseIds = ['4f1c1a56-5a4e-4a8e-9f0a-3d7a2c1b9e01'];
      if (kind === 'otherSchoolCase')
        body.caseIds = [
          (
            await post<{ id: string }>(
              app,
              ru.teacher.token,
              '/cases',
              caseBody(ru, { language: 'ru', subjectCode: 'russian_language' }),
            )
          ).id,
        ];
      if (kind === 'otherGrade')
        body.caseIds = [
          (
            await post<{ id: string }>(
              app,
              kk.teacher.token,
              '/cases',
              caseBody(kk, { grade: 7, subjectCode: 'algebra' }),
            )
          ).id,
        ];
      if (kind === 'past') body.returnDueOn = '2020-04-06';
      const response = await attempt(body).expect(status);
      expect(response.body.message).toContain(message);
      const after = await nextCode();
      expect(serialOf(after)).toBe(serialOf(before) + 1);
    });
  });
});

async function findPage(pdf: Buffer, pages: number, text: string): Promise<number> {
  for (let page = pages; page >= 1; page--) {
    if ((await pdfText(pdf, { first: page, last: page })).includes(text)) return page;
  }
  throw new Error(`no page contains ${text}`);
}
