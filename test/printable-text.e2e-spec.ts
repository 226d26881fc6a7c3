import { INestApplication } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import request from 'supertest';
import { createTestApp } from './support/app';
import { caseBody, createSchoolWorld, daysFromNow, post, server } from './support/factories';
import { binary, pdfText } from './support/pdf';

const run = promisify(execFile);
const BILIMLAND =
  'https://bilimland.kz/ru/subject/russkij-yazyk/5-klass/lesson?lesson_id=12345&section=2';
const DARYN =
  'https://daryn.online/courses/dlinnoe-nazvanie-kursa-bez-edinoj-kosoj-cherty-dlinnee-chem-stroka-teksta';

/** Lines as poppler lays them out (not folded), without the hyphens' word joiners. */
async function pdfLines(pdf: Buffer): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kazpost-lines-'));
  try {
    await writeFile(join(dir, 'doc.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', join(dir, 'doc.pdf'), '-']);
    return stdout.replace(/\u2060/g, '').split('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The content streams of the pages: every deflated stream that is text, not a font or profile. */
function pageStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (/^[\s\x20-\x7e]*$/.test(text) && /\b(?:BT|re|l)\b/.test(text))
        streams.push(text);
    } catch {
      // Not deflated (metadata) or not a stream we read.
    }
  }
  return streams;
}

/** Lesson text and names as they print: emoji, web addresses, plurals, pure black ink. */
describe('printable text (e2e)', () => {
  let app: INestApplication;
  let pdf: Buffer;
  let manifest: Buffer;
  let world: Awaited<ReturnType<typeof createSchoolWorld>>;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { language: 'ru', pupils: 2 });
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, {
        language: 'ru',
        subjectCode: 'russian_language',
        summary: 'Молодцы 👍 всё верно 😀. Существительное обозначает предмет.',
        materials: [`Урок: ${BILIMLAND}`, DARYN],
        estimatedMinutes: 21,
      }),
    );
    const dispatch = await post<{ id: string; packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [lessonCase.id], returnDueOn: daysFromNow(14) },
    );
    const fetch = async (path: string) =>
      (
        await request(server(app))
          .get(path)
          .set('Authorization', `Bearer ${world.teacher.token}`)
          .buffer(true)
          .parse(binary)
          .expect(200)
      ).body as Buffer;
    pdf = await fetch(`/packets/${dispatch.packets[0].code}/pdf`);
    manifest = await fetch(`/dispatches/${dispatch.id}/manifest.pdf`);
  });
  afterAll(() => app.close());

  it('refuses emoji in names and addresses, naming the field and the character', async () => {
    const pupil = {
      classId: world.classId,
      fullName: 'Иванов Иван',
      address: 'ул. Абая, 1',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Иванова Анна',
      guardianPhone: '87015550000',
    };
    for (const field of ['fullName', 'address', 'guardianName'] as const) {
      const refused = await request(server(app))
        .post('/students')
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send({ ...pupil, [field]: `${pupil[field]} 👍` })
        .expect(400);
      const { code, message } = refused.body as { code: string; message: string };
      expect(code).toBe('request.invalid');
      expect(message).toContain(field);
      expect(message).toContain('👍');
    }
  });

  it('prints emoji of lesson text in the emoji face, never as "?"', async () => {
    const text = await pdfText(pdf);
    expect(text).toContain('Молодцы 👍 всё верно 😀.');
    expect(text).not.toMatch(/Молодцы \?/);
  });

  it('breaks web addresses only after / ? & = or before a dot, with a continuation mark', async () => {
    const lines = await pdfLines(pdf);
    const marked = lines.filter((line) => line.endsWith('↵'));
    expect(marked.length).toBeGreaterThan(0);
    for (const line of marked) {
      const next = lines[lines.indexOf(line) + 1];
      const before = line.slice(0, -1).trimEnd().slice(-1);
      expect(['/', '?', '&', '='].includes(before) || next.startsWith('.')).toBe(true);
    }
    const joined = lines.join('\n').replace(/\s*↵\n/g, '');
    expect(joined).toContain(BILIMLAND);
    expect(joined).toContain(DARYN);
  });

  it('says counts in Russian plurals', async () => {
    expect(await pdfText(pdf)).toContain('около 21 минуты');
    expect(await pdfText(manifest)).toContain('Всего: 2 отправления');
  });

  it('draws everything in pure black: no RGB colour in any page, PDF/A-2b with an output intent', () => {
    for (const file of [pdf, manifest]) {
      const streams = pageStreams(file);
      expect(streams.length).toBeGreaterThan(0);
      for (const stream of streams) {
        expect(stream).not.toMatch(/\/DeviceRGB|\b(?:rg|RG)\b/);
        expect(stream).not.toMatch(/(?:^|\s)[\d.]+ [\d.]+ [\d.]+ (?:scn|SCN|sc|SC)\b/);
      }
      const raw = file.toString('latin1');
      expect(raw.startsWith('%PDF-1.7')).toBe(true);
      expect(raw).toContain('/OutputIntents');
      expect(raw).toMatch(/pdfaid:part>2</);
    }
  });
});
