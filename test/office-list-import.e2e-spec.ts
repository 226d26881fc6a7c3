import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import { adminToken, createSchoolWorld, get, SchoolWorld, server } from './support/factories';

const HEADER = 'postcode;name;address;locality';
const postcode = (): string => String(100000 + Math.floor(Math.random() * 899999));

/**
 * The admin loads Kazpost's branch list from a CSV: new branches added, changed ones corrected
 * by postcode, closed ones reported, all or none. A database of its own, so the offices the
 * list does not name are this suite's alone.
 */
describe('POST /post-offices/import (e2e)', () => {
  let app: INestApplication;
  let admin: string;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp({ DATABASE_URL: await createOwnDatabase('office_list') });
    admin = await adminToken(app);
    world = await createSchoolWorld(app, { pupils: 1 });
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

  it('adds new branches, corrects changed ones by postcode and reports the ones not listed', async () => {
    const before = await total();
    const [a, b] = [postcode(), postcode()];
    const school = await get<{ postcode: string; name: string; address: string; locality: string }>(
      app,
      admin,
      `/post-offices/${world.officeId}`,
    );
    const csv = `\uFEFF${HEADER}\r\n${a};Көктал бөлімшесі;Абай көшесі, 1;Көктал\r\n${b};Бірлік бөлімшесі;Орталық көше, 3;Бірлік\r\n${school.postcode};${school.name};${school.address};${school.locality}\r\n`;
    const response = await upload(csv).expect(201);
    expect(response.body).toEqual({
      imported: 2,
      updated: 0,
      skipped: 1,
      // The pupils' office, named by the class's pupils, is not in the list: kept and reported.
      closed: [
        expect.objectContaining({
          id: world.pupilOfficeId,
          postcode: world.pupilOfficePostcode,
          inUse: true,
        }),
      ],
      closedTotal: 1,
    });
    expect(await total()).toBe(before + 2);

    // Kazpost renames and moves the pupils' office: the same office, so the pupils keep it.
    const renamed = `${HEADER}\n${world.pupilOfficePostcode};Бірлік ауылы БПБ;Жаңа көше, 7;Бірлік\n${school.postcode};${school.name};${school.address};${school.locality}\n${a};Көктал бөлімшесі;Абай көшесі, 1;Көктал\n${b};Бірлік бөлімшесі;Орталық көше, 3;Бірлік\n`;
    const second = await upload(renamed).expect(201);
    expect(second.body).toMatchObject({
      imported: 0,
      updated: 1,
      skipped: 3,
      closed: [],
      closedTotal: 0,
    });
    expect(await get(app, admin, `/post-offices/${world.pupilOfficeId}`)).toMatchObject({
      name: 'Бірлік ауылы БПБ',
      address: 'Жаңа көше, 7',
    });
    const pupil = await get<{ postOfficeId: string }>(
      app,
      world.teacher.token,
      `/students/${world.studentIds[0]}`,
    );
    expect(pupil.postOfficeId).toBe(world.pupilOfficeId);
    const audit = await get<{
      items: { entity: string; changes: Record<string, unknown> | null }[];
    }>(app, admin, '/audit?entity=post_office');
    expect(audit.items.map((entry) => entry.changes)).toContainEqual({
      [`${world.pupilOfficePostcode} address`]: {
        before: 'Бірлік ауылы, Орталық көше, 3',
        after: 'Жаңа көше, 7',
      },
      [`${world.pupilOfficePostcode} name`]: expect.objectContaining({ after: 'Бірлік ауылы БПБ' }),
    });
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
