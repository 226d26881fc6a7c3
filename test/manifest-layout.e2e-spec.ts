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

const PUPILS = 28;
/** Ordinary names of a Kazakh class, the long ones included. */
const NAMES = [
  'Бекмұханбетов Нұрсұлтан Ерланұлы',
  'Әбдірахманова-Жантөреқызы Гүлнұр',
  'Жақсылықова Айгерім Серікқызы',
  'Тұрсынбекова Аружан Бауыржанқызы',
  'Сейітқазиев Ерасыл Мұхтарұлы',
  'Константинопольский Александр Владимирович',
  'Ли Ан',
];
const ADDRESS = 'Бірлік ауылы, Бұхар-Жырау көшесі, 112-үй';

/** The post office's list as a counter reads it: names whole, about 20 rows a page. */
describe('manifest layout (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let pdf: Buffer;
  let csv: string;
  const names: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
    for (let i = 0; i < PUPILS; i++) {
      names.push(`${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${i}` : ''}`);
      await post(app, world.teacher.token, '/students', {
        classId: world.classId,
        fullName: names[i],
        address: ADDRESS,
        postcode: i % 2 ? 'A15E3C5' : '041011',
        postOfficeId: world.pupilOfficeId,
        delivery: i % 4 === 0 ? 'door' : 'pickup',
        guardianName: 'Ата-ана',
        guardianPhone: '87015550000',
      });
    }
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
    const get = (path: string) =>
      request(server(app))
        .get(`/dispatches/${dispatch.id}/${path}`)
        .set('Authorization', `Bearer ${world.teacher.token}`);
    pdf = (await get('manifest.pdf').buffer(true).parse(binary).expect(200)).body as Buffer;
    csv = (await get('manifest.csv?language=ru').expect(200)).text;
    await savePages(pdf, 'manifest-28', { first: 1, last: 2 });
  });
  afterAll(() => app.close());

  it('lists 28 pupils on at most 2 pages, every page headed and numbered, the acceptance last', async () => {
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeLessThanOrEqual(2);
    for (let page = 1; page <= pages; page++) {
      const text = await pdfText(pdf, { first: page, last: page });
      expect(text).toContain('Жөнелтілімдер тізімі');
      expect(text).toContain('Жіберуші: Көктал мектебі');
      expect(text).toContain(`${page}-бет, барлығы ${pages}`);
      expect(text.includes('Барлығы: 28 жөнелтілім')).toBe(page === pages);
      expect(text.includes('Қабылдаған пошта қызметкері')).toBe(page === pages);
      expect(text.includes('Қабылданған күні')).toBe(page === pages);
      expect(text.includes('Бөлімшенің мөрі')).toBe(page === pages);
    }
    const first = await pdfText(pdf, { first: 1, last: 1 });
    const rowsOnFirst = names.filter((name) => first.includes(name.split(' ')[0])).length;
    expect(rowsOnFirst).toBeGreaterThanOrEqual(18);
  });

  it('never splits a name inside a word, prints the delivery mode and a door packet’s address', async () => {
    // A hyphen's word joiner makes poppler report "Әбдірахманова-" and "Жантөреқызы" as two
    // words on one line; joined again here, a name split across lines would still fail.
    const boxes = await pdfWordBoxes(pdf);
    const words = new Set(
      boxes.map((w, i) => {
        const next = boxes[i + 1];
        const sameLine = next && next.page === w.page && Math.abs(next.yMin - w.yMin) < 1;
        return w.text.endsWith('-') && sameLine ? `${w.text}${next.text}` : w.text;
      }),
    );
    for (const name of names) for (const word of name.split(' ')) expect(words).toContain(word);
    const text = await pdfText(pdf);
    const count = (needle: string): number => text.split(needle).length - 1;
    expect(count('ЕСІККЕ ДЕЙІН')).toBe(PUPILS / 4);
    expect(count('бөлімшеде')).toBe(PUPILS - PUPILS / 4);
    expect(count('Бұхар-Жырау')).toBe(PUPILS / 4);
    expect(count('A15 E3C5')).toBeGreaterThanOrEqual(PUPILS / 2);
  });

  it('draws nothing over anything', async () => {
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

  it('gives a CSV with headers in the reader’s language, postcodes and phones as text', () => {
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('№;Код отправления;Получатель;Вручение;Индекс;Отделение;Адрес;Тел.');
    expect(rows).toHaveLength(PUPILS);
    const first = rows.find((row) => row.includes(`;${names[0]};`)) ?? '';
    expect(first).toContain(';до двери;"=""041011""";');
    expect(first).toContain(';"=""+7 701 555 00 00"""');
  });
});
