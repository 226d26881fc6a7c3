import { INestApplication } from '@nestjs/common';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import request from 'supertest';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
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
import { binary, pdfImages, pdfPageCount, pdfText, pdfWordBoxes, savePages } from './support/pdf';
import { EXECUTABLE, jpegPicture, noisyJpeg, pngPicture, SVG_PICTURE } from './support/pictures';

interface CaseImage {
  id: string;
  caption: string;
  width: number;
  height: number;
}
interface CaseWithImages {
  id: string;
  images: CaseImage[];
}

/** A4's width in points: the text column is centred on it (equal side margins). */
const A4_WIDTH = 595.28;
const WIDE_CAPTION = 'Сурет 1. Үшбұрыш пен шеңбер: қабырғаларын өлшеңіз';
const TALL_CAPTION = 'Сурет 2. Құстың ұясын жасау үлгісі (Ғ Қ Ң Ө Ұ Ү Һ І)';

/** Pictures in a case: added, checked on content, printed grey and whole, refused when bad. */
describe('case pictures (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let caseId: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    const created = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    caseId = created.id;
  });
  afterAll(() => app.close());

  const upload = (bytes: Buffer, name: string, caption: string, id = caseId) =>
    request(server(app))
      .post(`/cases/${id}/images`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('caption', caption)
      .attach('file', bytes, name);

  const pdfOf = async (url: string): Promise<Buffer> =>
    (
      await request(server(app))
        .get(url)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .buffer(true)
        .parse(binary)
        .expect(200)
    ).body as Buffer;

  const imagesNow = async (): Promise<CaseImage[]> =>
    (await get<CaseWithImages>(app, world.teacher.token, `/cases/${caseId}`)).images;

  it('refuses oversized, fake and broken files, each changing nothing', async () => {
    const png = pngPicture(400, 300);
    const jpeg = jpegPicture(400, 300);
    const huge = new PNG({ width: 6500, height: 4000 });
    huge.data.fill(255);
    const refusals: [Buffer, string, number, string][] = [
      [noisyJpeg(1000, 900), 'photo.jpg', 413, 'case_image.too_large'],
      [PNG.sync.write(huge), 'plan.png', 400, 'case_image.too_many_pixels'],
      [pngPicture(60, 300), 'strip.png', 400, 'case_image.too_small'],
      [Buffer.from('not a picture at all'), 'picture.png', 415, 'case_image.not_an_image'],
      [SVG_PICTURE, 'drawing.svg', 415, 'case_image.not_an_image'],
      [EXECUTABLE, 'picture.png', 415, 'case_image.not_an_image'],
      [png.subarray(0, Math.floor(png.length * 0.6)), 'cut.png', 400, 'case_image.broken'],
      [jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'cut.jpg', 400, 'case_image.broken'],
    ];
    for (const [bytes, name, status, code] of refusals) {
      const res = await upload(bytes, name, 'Сурет');
      expect({ name, status: res.status, code: (res.body as { code: string }).code }).toEqual({
        name,
        status,
        code,
      });
      expect((res.body as { message: string }).message.length).toBeGreaterThan(20);
    }
    const noFile = await request(server(app))
      .post(`/cases/${caseId}/images`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ caption: 'Сурет' });
    expect(noFile.status).toBe(415);
    expect(await imagesNow()).toEqual([]);
  });

  it('adds two pictures with captions, shows them grey, prints them grey and whole', async () => {
    await upload(pngPicture(1200, 700), 'triangle.png', 'Сурет 1').expect(201);
    const added = await upload(jpegPicture(900, 1500), 'nest.JPG', TALL_CAPTION).expect(201);
    const [wide, tall] = (added.body as CaseWithImages).images;
    expect(tall).toMatchObject({ caption: TALL_CAPTION, width: 900, height: 1500 });
    const captioned = await request(server(app))
      .patch(`/cases/${caseId}/images/${wide.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ caption: WIDE_CAPTION })
      .expect(200);
    expect((captioned.body as CaseWithImages).images.map((i) => i.caption)).toEqual([
      WIDE_CAPTION,
      TALL_CAPTION,
    ]);

    const shown = await request(server(app))
      .get(`/cases/${caseId}/images/${tall.id}/picture.png`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Type', /image\/png/);
    const png = PNG.sync.read(shown.body as Buffer, { skipRescale: true });
    expect({ colorType: png.colorType, width: png.width }).toEqual({ colorType: 0, width: 900 });

    const dispatch = await post<{ id: string; packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      { classId: world.classId, caseIds: [caseId], returnDueOn: daysFromNow(14) },
    );
    const run = await pdfOf(`/dispatches/${dispatch.id}/packets.pdf`);
    const text = await pdfText(run);
    expect(text).toContain(WIDE_CAPTION);
    expect(text).toContain(TALL_CAPTION);
    const images = await pdfImages(run);
    // Two pictures in each of two packets, every one grey with 8 bits.
    expect(images).toHaveLength(4);
    expect(new Set(images.map((i) => `${i.color}/${i.bitsPerComponent}`))).toEqual(
      new Set(['gray/8']),
    );

    const one = await pdfOf(`/packets/${dispatch.packets[0].code}/pdf`);
    const pages = await pdfPageCount(one);
    await savePages(one, 'case-pictures', { first: 1, last: pages });
    // Each picture's caption is on the page that carries the picture: never split from it.
    for (const image of await pdfImages(one)) {
      const pageText = await pdfText(one, { first: image.page, last: image.page });
      expect(pageText).toContain(image.width === 900 ? TALL_CAPTION : WIDE_CAPTION);
    }
    // Each caption is centred under its centred picture: its line's middle is the page's.
    const words = await pdfWordBoxes(one);
    for (const marker of ['Үшбұрыш', 'Құстың']) {
      const found = words.find((w) => w.text === marker);
      const line = words.filter((w) => w.page === found?.page && w.yMin === found?.yMin);
      const middle =
        (Math.min(...line.map((w) => w.xMin)) + Math.max(...line.map((w) => w.xMax))) / 2;
      expect(Math.abs(middle - A4_WIDTH / 2)).toBeLessThan(2);
    }
  });

  it('keeps a sent packet as it was when the case’s pictures change', async () => {
    const before = await imagesNow();
    const [, tall] = before;
    const dispatch = await post<{ packets: { code: string }[] }>(
      app,
      world.teacher.token,
      '/dispatches',
      {
        classId: world.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(14),
        confirmRepeat: true,
      },
    );
    const removed = await request(server(app))
      .delete(`/cases/${caseId}/images/${tall.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(200);
    expect((removed.body as CaseWithImages).images).toHaveLength(1);
    const sent = await pdfOf(`/packets/${dispatch.packets[0].code}/pdf`);
    expect(await pdfText(sent)).toContain(TALL_CAPTION);
    expect(await pdfImages(sent)).toHaveLength(2);
    const gone = await request(server(app))
      .patch(`/cases/${caseId}/images/${tall.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ caption: 'x' });
    expect(gone.status).toBe(404);
    expect((gone.body as { code: string }).code).toBe('case_image.not_found');
  });

  it('shows the pictures in the live preview with the captions as typed', async () => {
    const [wide] = await imagesNow();
    const preview = await request(server(app))
      .post('/cases/preview.pdf')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ ...caseBody(world), caseId, images: [{ id: wide.id, caption: 'Жаңа жазу' }] })
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(await pdfText(preview.body as Buffer)).toContain('Жаңа жазу');
    expect(await pdfImages(preview.body as Buffer)).toMatchObject([{ color: 'gray' }]);
  });

  it('answers 404 with a code, not 500, when the stored file of a picture is gone', async () => {
    const added = await upload(pngPicture(400, 300), 'lost.png', 'Жоғалған').expect(201);
    const lost = (added.body as CaseWithImages).images.at(-1)!;
    const folder = resolve(app.get<AppSettings>(APP_SETTINGS).dataDir, 'case-images');
    rmSync(resolve(folder, `${lost.id}.png`));
    const answer = await request(server(app))
      .get(`/cases/${caseId}/images/${lost.id}/picture.png`)
      .set('Authorization', `Bearer ${world.teacher.token}`);
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ code: 'case_image.file_missing', details: { id: lost.id } });
    expect((answer.body as { message: string }).message).toMatch(/upload it again/);
  });
});
