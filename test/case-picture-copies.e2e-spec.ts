import { INestApplication } from '@nestjs/common';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  Person,
  post,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';
import { binary } from './support/pdf';
import { pngPicture } from './support/pictures';
import { waitFor } from './support/wait';

interface CaseWithImages {
  id: string;
  images: { id: string; caption: string; width: number; height: number }[];
}

/** A copied case brings its pictures, files of its own; a failed change leaves no stored file. */
describe('case pictures copied, and none left behind (e2e)', () => {
  let app: INestApplication;
  let db: DataSource;
  let world: SchoolWorld;
  let refused: Person;
  let pictureDir: string;
  const trigger = `refuse_audit_${randomUUID().replace(/-/g, '')}`;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    world = await createSchoolWorld(app);
    refused = await staffMember(app, world, 'teacher');
    pictureDir = resolve(app.get<AppSettings>(APP_SETTINGS).dataDir, 'case-images');
    // The database refuses the audit rows of one teacher: their changes fail after the handler ran.
    await db.query(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.actor_id = '${refused.id}' THEN RAISE EXCEPTION 'audit row refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(
      `CREATE TRIGGER ${trigger} BEFORE INSERT ON audit_entries FOR EACH ROW EXECUTE FUNCTION ${trigger}()`,
    );
  });
  afterAll(async () => {
    await db.query(`DROP TRIGGER IF EXISTS ${trigger} ON audit_entries`);
    await db.query(`DROP FUNCTION IF EXISTS ${trigger}()`);
    await app.close();
  });

  const upload = (token: string, caseId: string, caption: string) =>
    request(server(app))
      .post(`/cases/${caseId}/images`)
      .set('Authorization', `Bearer ${token}`)
      .field('caption', caption)
      .attach('file', pngPicture(600, 400), 'drawing.png');
  const picture = (caseId: string, imageId: string) =>
    request(server(app))
      .get(`/cases/${caseId}/images/${imageId}/picture.png`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary);
  /** The picture files stored now (the store's folder, its half-written parts left aside). */
  const storedFiles = async () =>
    (await readdir(pictureDir).catch(() => [])).filter((name) => name.endsWith('.png')).sort();

  it('copies a case’s pictures with the case, each file its own', async () => {
    const original = await post<CaseWithImages>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    await upload(world.teacher.token, original.id, 'Сурет 1. Үшбұрыш').expect(201);
    const [source] = (
      (await upload(world.teacher.token, original.id, 'Сурет 2. Шеңбер').expect(201))
        .body as CaseWithImages
    ).images;
    const copy = await post<CaseWithImages>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world, {
        language: 'ru',
        subjectCode: 'russian_language',
        copyPicturesOf: original.id,
      }),
    );
    expect(copy.images.map((i) => i.caption)).toEqual(['Сурет 1. Үшбұрыш', 'Сурет 2. Шеңбер']);
    expect(copy.images[0]).toMatchObject({ width: source.width, height: source.height });
    expect(copy.images.map((i) => i.id)).not.toContain(source.id);
    const shown = await picture(copy.id, copy.images[0].id).expect(200);
    expect(shown.body).toEqual((await picture(original.id, source.id).expect(200)).body);

    // The original goes (never sent: its files go too); the copy keeps printing its own.
    await request(server(app))
      .delete(`/cases/${original.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(204);
    await waitFor(storedFiles, (now) => !now.includes(`${source.id}.png`), {
      what: "the original's picture file to go",
    });
    await picture(copy.id, copy.images[0].id).expect(200);
  });

  it('refuses to copy the pictures of a case it cannot see, making nothing', async () => {
    const other = await createSchoolWorld(app);
    const theirs = await post<CaseWithImages>(app, other.teacher.token, '/cases', caseBody(other));
    const before = await storedFiles();
    const answer = await request(server(app))
      .post('/cases')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send(caseBody(world, { copyPicturesOf: theirs.id }))
      .expect(404);
    expect(answer.body.code).toBe('case.not_found');
    expect(await storedFiles()).toEqual(before);
  });

  it('removes a picture file stored for a change that then fails, added or copied', async () => {
    const mine = await post<CaseWithImages>(app, world.teacher.token, '/cases', caseBody(world));
    await upload(world.teacher.token, mine.id, 'Сурет').expect(201);
    const before = await storedFiles();
    expect(before.length).toBeGreaterThan(0);

    const failed = await upload(refused.token, mine.id, 'Сақталмайтын сурет');
    expect(failed.status).toBe(500);
    const copied = await request(server(app))
      .post('/cases')
      .set('Authorization', `Bearer ${refused.token}`)
      .send(caseBody(world, { copyPicturesOf: mine.id }));
    expect(copied.status).toBe(500);

    const [row] = await db.query<{ images: unknown[] }[]>(
      'SELECT images FROM lesson_cases WHERE id = $1',
      [mine.id],
    );
    expect(row.images).toHaveLength(1);
    await waitFor(storedFiles, (now) => JSON.stringify(now) === JSON.stringify(before), {
      what: 'the failed changes’ picture files to be removed',
    });
  });
});
