import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { adminToken, caseBody, daysFromNow, post, server, unique } from './support/factories';
import {
  binary,
  locateBarcodes,
  pdfPageCount,
  pdfText,
  pdfWordBoxes,
  savePages,
  WordBox,
} from './support/pdf';

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
/** The DL / C5 envelope's window: DIN 5008's address field, 20 mm left, 45 mm top, 85 x 45 mm. */
const FIELD = { xMin: 20 * MM, yMin: 45 * MM, xMax: 105 * MM, yMax: 90 * MM };
const inWindow = (box: { xMin: number; xMax: number; yMin: number; yMax: number }): boolean =>
  box.xMin >= FIELD.xMin - 0.5 &&
  box.xMax <= FIELD.xMax + 0.5 &&
  box.yMin >= FIELD.yMin - 0.5 &&
  box.yMax <= FIELD.yMax + 0.5;
/** No printer prints the outermost few millimetres. */
const PRINTABLE = 8 * MM;

/** Text as long as the API accepts, made of ordinary words. */
const longText = (words: string, length: number): string =>
  words
    .repeat(Math.ceil(length / words.length))
    .slice(0, length)
    .trim();

const OFFICIAL_NAME = longText('Ы. Алтынсарин атындағы жалпы орта білім беретін мектебі ', 200);

type Box = Omit<WordBox, 'page' | 'text'>;
const overlap = (a: Box, b: Box): boolean =>
  a.xMin < b.xMax - 0.5 && b.xMin < a.xMax - 0.5 && a.yMin < b.yMax - 0.5 && b.yMin < a.yMax - 0.5;

/** Covers with the longest names and addresses the API accepts: nothing overprints. */
describe('cover layout (e2e)', () => {
  let app: INestApplication;
  let pdf: Buffer;
  let code: string;
  let schoolPostcode: string;
  let admin: string;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await adminToken(app);
    const office = (name: string, postcode = String(100000 + Math.floor(Math.random() * 899999))) =>
      post<{ id: string }>(app, admin, '/post-offices', {
        postcode,
        name: longText(`${name} пошта бөлімшесі `, 200),
        address: longText('Бұхар-Жырау даңғылы, 1-үй ', 300),
        locality: longText('Көктал ', 120),
      });
    schoolPostcode = String(100000 + Math.floor(Math.random() * 899999));
    const [schoolOffice, pupilOffice] = [
      await office('Көктал', schoolPostcode),
      await office('Бірлік'),
    ];
    const school = await post<{ id: string }>(app, admin, '/schools', {
      name: OFFICIAL_NAME,
      shortName: unique('Көктал ЖОМ '),
      region: longText('Алматы облысы ', 120),
      locality: longText('Көктал ауылы ', 120),
      address: longText('Мектеп көшесі, 5 ', 300),
      postOfficeId: schoolOffice.id,
    });
    const director = unique('director.');
    await post(app, admin, '/staff', {
      fullName: 'Директор',
      role: 'director',
      schoolId: school.id,
      login: director,
      password: 'a-good-password-1',
    });
    const token = (
      (
        await request(server(app))
          .post('/auth/login')
          .send({ login: director, password: 'a-good-password-1' })
      ).body as { accessToken: string }
    ).accessToken;
    const schoolClass = await post<{ id: string }>(app, token, '/classes', {
      schoolId: school.id,
      grade: 5,
      letter: 'Ә',
      language: 'kk',
    });
    await post(app, token, '/students', {
      classId: schoolClass.id,
      fullName: longText('Әбдірахманова-Жантөреқызы Гүлнұр ', 200),
      address: longText('Бірлік ауылы, Бұхар-Жырау көшесі, 112-үй, 4-пәтер, ', 300),
      postcode: 'A15E3C5',
      postOfficeId: pupilOffice.id,
      delivery: 'door',
      guardianName: longText('Әбдірахманова Сәуле Нұрланқызы ', 200),
      guardianPhone: '+7 701 234 56 78',
    });
    const world = { schoolId: school.id } as Parameters<typeof caseBody>[0];
    const lessonCase = await post<{ id: string }>(app, token, '/cases', caseBody(world));
    const dispatch = await post<{ packets: { code: string }[] }>(app, token, '/dispatches', {
      classId: schoolClass.id,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
    });
    code = dispatch.packets[0].code;
    pdf = (
      await request(server(app))
        .get(`/packets/${code}/pdf`)
        .set('Authorization', `Bearer ${token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    await savePages(pdf, 'packet-longest', { first: 1, last: 3 });
  });
  afterAll(() => app.close());

  it('never draws one word over another, on any page', async () => {
    const words = await pdfWordBoxes(pdf);
    const clashes: string[] = [];
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j < words.length; j++)
        if (words[i].page === words[j].page && overlap(words[i], words[j]))
          clashes.push(`page ${words[i].page}: "${words[i].text}" / "${words[j].text}"`);
    expect(clashes).toEqual([]);
  });

  it('keeps every word on the printable page', async () => {
    const outside = (await pdfWordBoxes(pdf)).filter(
      (w) =>
        w.xMin < PRINTABLE ||
        w.yMin < PRINTABLE ||
        w.xMax > PAGE.width - PRINTABLE ||
        w.yMax > PAGE.height - PRINTABLE,
    );
    expect(outside.map((w) => `page ${w.page}: ${w.text}`)).toEqual([]);
  });

  it('keeps the address inside the envelope window’s field, whole where it starts', async () => {
    const cover = (await pdfWordBoxes(pdf)).filter((w) => w.page === 1);
    const touching = cover.filter(
      (w) =>
        w.xMin < FIELD.xMax && w.xMax > FIELD.xMin && w.yMin < FIELD.yMax && w.yMax > FIELD.yMin,
    );
    expect(touching.map((w) => w.text)).toEqual(expect.arrayContaining(['A15', 'E3C5']));
    const spilling = touching.filter(
      (w) =>
        w.xMin < FIELD.xMin - 0.5 ||
        w.xMax > FIELD.xMax + 0.5 ||
        w.yMin < FIELD.yMin - 0.5 ||
        w.yMax > FIELD.yMax + 0.5,
    );
    expect(spilling.map((w) => w.text)).toEqual([]);
  });

  it('shows the S10 code through the window on the cover and on the return slip, clear of the address', async () => {
    const pages = await pdfPageCount(pdf);
    const words = await pdfWordBoxes(pdf);
    const found: number[] = [];
    for (let page = 1; page <= pages; page++) {
      for (const box of await locateBarcodes(pdf, page)) {
        expect(box.text).toBe(code);
        expect(inWindow(box)).toBe(true);
        const over = words.filter((w) => w.page === page && overlap(w, box));
        expect(over.map((w) => w.text)).toEqual([]);
        found.push(page);
      }
    }
    const slip = await pdfText(pdf, { first: found[1] ?? 0, last: found[1] ?? 0 });
    expect(found).toHaveLength(2);
    expect(found[0]).toBe(1);
    expect(slip).toContain('Қайтару парағы');
    // The digits under each code are in the window too.
    const digits = words.filter((w) => found.includes(w.page) && w.text === code.slice(2, 6));
    expect(digits).toHaveLength(2);
    expect(digits.every(inWindow)).toBe(true);
  });

  it('prints the office and its postcode whole on the return line of a 200-character official name', async () => {
    const returnLine = (await pdfWordBoxes(pdf)).filter(
      (w) => w.page === 1 && inWindow(w) && w.yMax < FIELD.yMin + 12 * MM,
    );
    expect(returnLine.map((w) => w.text)).toContain(schoolPostcode);
    expect(returnLine.some((w) => w.text.includes('…'))).toBe(false);
    const cover = await pdfText(pdf, { first: 1, last: 1 });
    expect(cover).not.toContain(OFFICIAL_NAME.slice(0, 80));
  });

  it('asks a school with a long official name for a short name for paper', async () => {
    const office = await post<{ id: string }>(app, admin, '/post-offices', {
      postcode: String(100000 + Math.floor(Math.random() * 899999)),
      name: 'Бөлімше',
      address: 'Абай көшесі, 1',
      locality: 'Көктал',
    });
    const body = {
      name: OFFICIAL_NAME,
      region: 'Алматы облысы',
      locality: 'Көктал',
      address: 'Мектеп көшесі, 5',
      postOfficeId: office.id,
    };
    const refused = await request(server(app))
      .post('/schools')
      .set('Authorization', `Bearer ${admin}`)
      .send(body)
      .expect(400);
    expect((refused.body as { code: string; message: string }).code).toBe('request.invalid');
    expect((refused.body as { message: string }).message).toContain('shortName is required');
    await request(server(app))
      .post('/schools')
      .set('Authorization', `Bearer ${admin}`)
      .send({ ...body, shortName: 'М'.repeat(61) })
      .expect(400);
    // Renaming a school to its long official name asks for the short name too.
    const school = await post<{ id: string }>(app, admin, '/schools', {
      ...body,
      name: 'Көктал мектебі',
    });
    const patch = (changes: object) =>
      request(server(app))
        .patch(`/schools/${school.id}`)
        .set('Authorization', `Bearer ${admin}`)
        .send(changes);
    const renamed = await patch({ name: OFFICIAL_NAME }).expect(400);
    expect((renamed.body as { message: string }).message).toContain('shortName is required');
    await patch({ name: OFFICIAL_NAME, shortName: 'Көктал ЖОМ' }).expect(200);
    await patch({ shortName: 'Көктал ЖОМ №1' }).expect(200);
  });
});
