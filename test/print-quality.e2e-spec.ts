import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, dispatchCodes, get, SchoolWorld, server } from './support/factories';
import { binary, decodeDegraded, pdfPageCount } from './support/pdf';

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

  it('reads every cover and return slip code from a degraded 150 dpi 1-bit print', async () => {
    const read: string[] = [];
    for (const code of codes) {
      const pdf = await pdfOf(`/packets/${code}/pdf`);
      const pages = await pdfPageCount(pdf);
      const slip = (await decodeDegraded(pdf, pages)).length > 0 ? pages : pages - 1;
      read.push(...(await decodeDegraded(pdf, 1)), ...(await decodeDegraded(pdf, slip)));
    }
    expect(read.sort()).toEqual([...codes, ...codes].sort());
  });

  it('reads every manifest row from a degraded print', async () => {
    const manifest = await pdfOf(`/dispatches/${dispatchId}/manifest.pdf`);
    expect((await decodeDegraded(manifest, 1)).sort()).toEqual([...codes].sort());
  });
});
