import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { adminToken, createSchoolWorld, get, SchoolWorld, server } from './support/factories';

const HEADER = 'postcode;name;address;locality';
const postcode = (): string => String(100000 + Math.floor(Math.random() * 899999));

/** The admin loads Kazpost's branch list from a CSV: every new branch or none. */
describe('POST /post-offices/import (e2e)', () => {
  let app: INestApplication;
  let admin: string;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await adminToken(app);
    world = await createSchoolWorld(app, { pupils: 0 });
  });
  afterAll(() => app.close());

  const upload = (csv: string, token = admin) =>
    request(server(app))
      .post('/post-offices/import')
      .set('Authorization', `Bearer ${token}`)
      .attach('file', Buffer.from(csv, 'utf8'), {
        filename: 'branches.csv',
        contentType: 'text/csv',
      });
  const total = async (): Promise<number> =>
    (await get<{ total: number }>(app, admin, '/post-offices?limit=1')).total;

  it('adds the new branches and leaves a registered postcode as it is', async () => {
    const before = await total();
    const [a, b] = [postcode(), postcode()];
    const csv = `\uFEFF${HEADER}\r\n${a};Көктал бөлімшесі;Абай көшесі, 1;Көктал\r\n${b};Бірлік бөлімшесі;Орталық көше, 3;Бірлік\r\n${world.officePostcode};Қайталанған;Мекенжай;Көктал\r\n`;
    const response = await upload(csv).expect(201);
    expect(response.body).toEqual({ imported: 2, skipped: 1 });
    expect(await total()).toBe(before + 2);
  });

  it('imports nothing when a row is bad, naming its row and column', async () => {
    const before = await total();
    const csv = `${HEADER}\n${postcode()};Дұрыс;Мекенжай;Ауыл\n12-34;Қате индекс;Мекенжай;Ауыл\n`;
    const response = await upload(csv).expect(400);
    expect(response.body).toMatchObject({
      code: 'office_list.bad_rows',
      details: { errors: [expect.objectContaining({ row: 3, column: 'postcode' })] },
    });
    expect(await total()).toBe(before);
    const noColumns = await upload('index;title\n050010;X\n').expect(400);
    expect(noColumns.body.code).toBe('office_list.missing_columns');
  });

  it('is the admin’s alone', async () => {
    await upload(`${HEADER}\n${postcode()};X;Y;Z\n`, world.director.token).expect(403);
  });
});
