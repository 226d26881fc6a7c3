import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  post,
  SchoolWorld,
  server,
} from './support/factories';
import { binary, pdfPageCount, pdfText, pdfWordBoxes, savePages } from './support/pdf';

const PUPILS = 22;
const LONG_ADDRESS = 'Бірлік ауылы, Бұхар-Жырау көшесі, 112-үй, 4-пәтер, '
  .repeat(6)
  .slice(0, 300)
  .trim();

/** The post office's list: nothing cut, every page headed and numbered, signatures last. */
describe('manifest layout (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let pdf: Buffer;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
    for (let i = 0; i < PUPILS; i++)
      await post(app, world.teacher.token, '/students', {
        classId: world.classId,
        fullName: `Оқушы ${i + 1} Әбдірахманқызы`,
        address: LONG_ADDRESS,
        postcode: 'A15E3C5',
        postOfficeId: world.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: '87015550000',
      });
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const dispatch = await post<{ id: string }>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lessonCase.id],
      returnDueOn: daysFromNow(14),
    });
    pdf = (
      await request(server(app))
        .get(`/dispatches/${dispatch.id}/manifest.pdf`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;
    await savePages(pdf, 'manifest-long', { first: 1, last: 2 });
  });
  afterAll(() => app.close());

  it('heads and numbers every page and keeps the totals with the signatures on the last', async () => {
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page++) {
      const text = await pdfText(pdf, { first: page, last: page });
      expect(text).toContain('Жөнелтілімдер тізімі');
      expect(text).toContain('Жіберуші: Көктал мектебі');
      expect(text).toContain(`${page}-бет, барлығы ${pages}`);
      expect(text.includes('Барлығы: 22 жөнелтілім')).toBe(page === pages);
      expect(text.includes('Қабылдаған пошта қызметкері')).toBe(page === pages);
    }
  });

  it('prints every address whole, the postcode in its own column, nothing over anything', async () => {
    const text = await pdfText(pdf);
    // Columns interleave in extracted text, so count the address's words rather than the whole.
    const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;
    expect(count(text, 'Бұхар-Жырау')).toBe(count(LONG_ADDRESS, 'Бұхар-Жырау') * PUPILS);
    const lastWord = LONG_ADDRESS.split(' ').pop() as string;
    expect(count(text, lastWord)).toBeGreaterThanOrEqual(PUPILS);
    expect(text.split('A15 E3C5').length - 1).toBeGreaterThanOrEqual(PUPILS);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    const words = await pdfWordBoxes(pdf);
    const clashes = words.filter((a, i) =>
      words.some(
        (b, j) =>
          j > i &&
          a.page === b.page &&
          a.xMin < b.xMax - 0.5 &&
          b.xMin < a.xMax - 0.5 &&
          a.yMin < b.yMax - 0.5 &&
          b.yMin < a.yMax - 0.5,
      ),
    );
    expect(clashes.map((w) => w.text)).toEqual([]);
  });
});
