import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  post,
  SchoolWorld,
  server,
} from './support/factories';
import {
  binary,
  decodeClean,
  decodeDegraded,
  DEGRADED_SETTINGS,
  DegradedSetting,
  pdfFontNames,
  pdfPageCount,
  pdfText,
  pdfWordBoxes,
  savePages,
} from './support/pdf';

const MM = 72 / 25.4;
/**
 * The envelope window (20 mm left, 45 mm top, 85 x 45 mm) with 10 mm of page around it: where
 * the cover's and the slip's code must read, drawn alone so fifteen settings stay cheap.
 */
const AROUND_WINDOW = { x: 10 * MM, y: 35 * MM, width: 105 * MM, height: 65 * MM };

/** A smeared print cut fat, the middle of the fifteen settings. */
const MIDDLE: DegradedSetting = { blur: 1.0, threshold: 65 };

/** Barcodes that survive a cheap printer: every code still reads on a degraded raster. */
describe('print quality (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let codes: string[];
  let dispatchId: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    codes = await dispatchCodes(app, world);
    const packet = await get<{ dispatchId: string }>(
      app,
      world.teacher.token,
      `/packets/${codes[0]}`,
    );
    dispatchId = packet.dispatchId;
  });
  afterAll(() => app.close());

  const pdfOf = async (url: string): Promise<Buffer> =>
    (
      await request(server(app))
        .get(url)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;

  /** The settings at which the code in a page's envelope window was not read, as "blur/threshold". */
  const unread = async (pdf: Buffer, page: number, code: string, settings?: DegradedSetting[]) =>
    (await decodeDegraded(pdf, page, { settings, area: AROUND_WINDOW }))
      .filter((read) => !read.codes.includes(code))
      .map(({ setting }) => `${setting.blur}/${setting.threshold}`);

  /** The return slip: the last page, or the one before the blank back page. */
  const slipPage = async (pdf: Buffer): Promise<number> => {
    const pages = await pdfPageCount(pdf);
    return (await decodeClean(pdf, pages, 150)).length > 0 ? pages : pages - 1;
  };

  it('reads the cover’s and the return slip’s code at every degraded 150 dpi setting', async () => {
    const pdf = await pdfOf(`/packets/${codes[0]}/pdf`);
    await savePages(pdf, 'packet-kk', { first: 1, last: 3 });
    expect(await unread(pdf, 1, codes[0])).toEqual([]);
    expect(await unread(pdf, await slipPage(pdf), codes[0])).toEqual([]);
    // Every other pupil's code at the middle setting: each code's own bars read too.
    for (const code of codes.slice(1)) {
      const other = await pdfOf(`/packets/${code}/pdf`);
      expect(await unread(other, 1, code, [MIDDLE])).toEqual([]);
      expect(await unread(other, await slipPage(other), code, [MIDDLE])).toEqual([]);
    }
    // Two pages at fifteen settings and four at one: slow on a busy machine, not stuck.
  }, 180_000);

  it('reads every manifest row at every degraded 150 dpi setting', async () => {
    const manifest = await pdfOf(`/dispatches/${dispatchId}/manifest.pdf`);
    await savePages(manifest, 'manifest-kk');
    const reads = await decodeDegraded(manifest, 1);
    expect(reads).toHaveLength(DEGRADED_SETTINGS.length);
    for (const { codes: found } of reads) expect([...found].sort()).toEqual([...codes].sort());
  }, 60_000);

  it('names each document’s font subsets apart, so merged runs never mix glyphs', async () => {
    const [first, second] = await Promise.all(
      codes.slice(0, 2).map(async (code) => pdfFontNames(await pdfOf(`/packets/${code}/pdf`))),
    );
    expect(first.length).toBeGreaterThan(0);
    for (const name of first) expect(name).toMatch(/^[A-Z]{6}\+DejaVuSans/);
    expect(first.filter((name) => second.includes(name))).toEqual([]);
  });

  it('declares the class’s language as the document’s', async () => {
    const ru = await createSchoolWorld(app, { pupils: 1, language: 'ru' });
    const created = await post<{ id: string }>(
      app,
      ru.teacher.token,
      '/cases',
      caseBody(ru, { language: 'ru', subjectCode: 'russian_language' }),
    );
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      ru.teacher.token,
      '/dispatches',
      {
        classId: ru.classId,
        caseIds: [created.id],
        returnDueOn: daysFromNow(14),
      },
    );
    const [{ code }] = dispatch.packets;
    const pdf = (
      await request(server(app))
        .get(`/packets/${code}/pdf`)
        .set('Authorization', `Bearer ${ru.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    expect(pdf.toString('latin1')).toContain('/Lang (ru)');
    await savePages(pdf, 'packet-ru', { first: 1, last: 3 });
    expect((await pdfOf(`/packets/${codes[0]}/pdf`)).toString('latin1')).toContain('/Lang (kk)');
  });

  /** A class's own case, dispatched; its packet's PDF. */
  async function packetOf(owner: SchoolWorld, body: Record<string, unknown>): Promise<Buffer> {
    const created = await post<{ id: string }>(
      app,
      owner.teacher.token,
      '/cases',
      caseBody(owner, body),
    );
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      owner.teacher.token,
      '/dispatches',
      {
        classId: owner.classId,
        caseIds: [created.id],
        returnDueOn: daysFromNow(14),
      },
    );
    return (
      await request(server(app))
        .get(`/packets/${dispatch.packets[0].code}/pdf`)
        .set('Authorization', `Bearer ${owner.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
  }

  it('prints a Kyrgyz class its own language subject, in Kyrgyz', async () => {
    const ky = await createSchoolWorld(app, { pupils: 1, language: 'ky' });
    const subjects = await get<{ items: { code: string }[] }>(
      app,
      ky.teacher.token,
      '/subjects?grade=5&language=ky',
    );
    const codesOffered = subjects.items.map((s) => s.code);
    expect(codesOffered).toEqual(expect.arrayContaining(['kyrgyz_language', 'kyrgyz_literature']));
    expect(codesOffered).not.toContain('kazakh_language');
    const pdf = await packetOf(ky, {
      language: 'ky',
      subjectCode: 'kyrgyz_language',
      topic: 'Зат атооч',
    });
    const text = await pdfText(pdf);
    expect(text).toContain('Кыргыз тили');
    expect(text).toContain('Эмне кылуу керек');
    expect(pdf.toString('latin1')).toContain('/Lang (ky)');
    await savePages(pdf, 'packet-ky', { first: 1, last: 3 });
  });

  it('marks pass/fail subjects, keeps hyphenated words whole and prints emoji, not boxes or "?"', async () => {
    const pdf = await packetOf(world, {
      subjectCode: 'self_knowledge',
      topic: 'Бұхар-Жырау ауданы 🧮',
      questions: ['Септік жалғаулары: -дың, -дің, -тың. 1-септік қандай?'],
    });
    const text = await pdfText(pdf);
    expect(text).toContain('Баға қойылмайды: «сынақтан өтті / өтпеді»');
    // On the cover's list, the case page and the slip alike.
    expect(text.split('Бұхар-Жырау ауданы 🧮').length - 1).toBe(3);
    expect(text).toContain('-дың, -дің, -тың. 1-септік');
    expect(text).not.toContain('ауданы ?');
  });

  it('gives each question the answer lines its author set, one count per question', async () => {
    const mismatch = await request(server(app))
      .post('/cases')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(caseBody(world, { answerLines: [4] }))
      .expect(400);
    expect(mismatch.body).toMatchObject({
      code: 'case.answer_lines_mismatch',
      details: { questions: 3, answerLines: 1 },
    });
    const materialsTop = async (answerLines: number[]): Promise<number> => {
      const words = await pdfWordBoxes(await packetOf(world, { answerLines }));
      return words.find((w) => w.page === 2 && w.text === 'Қосымша')?.yMin ?? 0;
    };
    const few = await materialsTop([1, 1, 1]);
    const many = await materialsTop([1, 1, 6]);
    // Five more lines of 20 pt each push what follows down by 100 pt.
    expect(many - few).toBeCloseTo(100, 0);
  });
});
