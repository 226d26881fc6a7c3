import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, SchoolWorld, server } from './support/factories';

/** Bodies an attacker sends: each answers 4xx in the contract's shape and changes nothing. */
describe('hostile bodies (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let db: Client;
  let postRoutes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    const document = (await request(server(app)).get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    postRoutes = Object.entries(document.paths)
      .filter(([, operations]) => 'post' in operations)
      .map(([path]) => path.replace(/\{[^}]+\}/g, world.classId));
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });

  /** This school's rows (other suites run beside this one), so a refused request is seen to change nothing. */
  async function rowCounts(): Promise<string> {
    const { rows } = await db.query<{ counts: string }>(
      `SELECT concat_ws(',', (SELECT count(*) FROM staff WHERE school_id = $1),
         (SELECT count(*) FROM students s JOIN classes c ON c.id = s.class_id WHERE c.school_id = $1),
         (SELECT count(*) FROM lesson_cases WHERE school_id = $1), (SELECT count(*) FROM packets WHERE school_id = $1),
         (SELECT count(*) FROM collection_duties WHERE school_id = $1),
         (SELECT count(*) FROM audit_entries WHERE school_id = $1)) AS counts`,
      [world.schoolId],
    );
    return rows[0].counts;
  }

  const json = (path: string, body: string, token?: string): request.Test => {
    const call = request(server(app)).post(path).set('Content-Type', 'application/json');
    return (token ? call.set('Authorization', `Bearer ${token}`) : call).send(body);
  };

  it('refuses 150,000 keys before parsing them, with a short answer; /health stays up', async () => {
    const before = await rowCounts();
    const keys = Array.from({ length: 150_000 }, (_, i) => `"k${i}":1`).join(',');
    const hostile = json('/auth/login', `{${keys}}`);
    const health = request(server(app)).get('/health');
    const [refused, alive] = await Promise.all([hostile, health]);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      code: 'request.body_too_complex',
      details: { limit: 'keysPerObject', max: 50 },
    });
    expect(refused.text.length).toBeLessThan(500);
    expect(alive.status).toBe(200);
    expect(await rowCounts()).toBe(before);
  });

  it('refuses JSON nested 10,000 levels deep and a list of a million items with 400', async () => {
    const deep = await json('/scans', '['.repeat(10_000) + ']'.repeat(10_000), world.clerk.token);
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({
      code: 'request.body_too_complex',
      details: { limit: 'depth' },
    });
    const long = await json(
      '/scans/batch',
      `{"scans":[${'1,'.repeat(1_000_000)}1]}`,
      world.clerk.token,
    );
    expect(long.status).toBe(400);
    expect(long.body.details).toMatchObject({ limit: 'arrayLength' });
  });

  it('names a handful of wrong fields, then how many more', async () => {
    const unknown = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`extra${i}`, i]));
    const response = await request(server(app))
      .post('/auth/login')
      .send({ login: 'x', password: 'y', ...unknown })
      .expect(400);
    expect(response.body.code).toBe('request.invalid');
    expect(response.body.message).toMatch(/; and 40 more$/);
    expect(response.body.details.fields).toHaveLength(20);
    expect(response.body.details.more).toBe(25);
  });

  it('answers broken multipart on every POST route with 4xx, never 5xx', async () => {
    const before = await rowCounts();
    expect(postRoutes.length).toBeGreaterThan(10);
    for (const path of postRoutes) {
      for (const token of [undefined, world.director.token]) {
        const call = request(server(app))
          .post(path)
          .set('Content-Type', 'multipart/form-data; boundary=XYZ');
        if (token) void call.set('Authorization', `Bearer ${token}`);
        const response = await call.send('--XYZ\r\nContent-Disposition: form-da');
        expect([path, response.status]).toEqual([path, expect.any(Number)]);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(response.body.code).toEqual(expect.any(String));
      }
    }
    expect(await rowCounts()).toBe(before);
  });

  it('refuses a form on a JSON route: login with form fields gives no token', async () => {
    const response = await request(server(app))
      .post('/auth/login')
      .field('login', 'admin')
      .field('password', 'test-admin-password')
      .expect(415);
    expect(response.body).toMatchObject({ code: 'request.unsupported_media_type' });
    expect(response.body.accessToken).toBeUndefined();
  });

  it('checks the token before reading an upload, and reads a broken one as 400', async () => {
    const before = await rowCounts();
    const big = Buffer.alloc(9 * 1024 * 1024, 'a');
    const anonymous = await request(server(app))
      .post('/students/import')
      .field('classId', world.classId)
      .attach('file', big, 'roster.csv')
      .expect(401);
    expect(anonymous.body.code).toBe('auth.required');
    const broken = await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.director.token}`)
      .set('Content-Type', 'multipart/form-data; boundary=XYZ')
      .send(
        '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nfullName',
      )
      .expect(400);
    expect(broken.body).toMatchObject({ code: 'request.upload_invalid' });
    expect(await rowCounts()).toBe(before);
  });
});
