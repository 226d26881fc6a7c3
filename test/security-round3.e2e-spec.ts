import { INestApplication } from '@nestjs/common';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { PrintRunFiles } from '@/printing/print-run-files';
import { createTestApp } from './support/app';
import { createSchoolWorld, login, PASSWORD, SchoolWorld, server } from './support/factories';
import { createOwnDatabase } from './support/own-database';

/** The third security round: own passwords, private files, Fastify's errors, ids, methods. */
describe('security round 3 (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
  });
  afterAll(() => app.close());

  const expectOurHeaders = (response: request.Response): void => {
    expect(response.headers['cache-control']).toBe('no-store');
    expect(String(response.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  };

  it('changes one’s own password only with the current one, never through a reset', async () => {
    for (const person of [world.director, { id: '', login: 'admin', token: world.admin }]) {
      const self = person.id || whoAmI(person.token);
      const refused = await request(server(app))
        .post(`/staff/${self}/password`)
        .set('Authorization', `Bearer ${person.token}`)
        .send({ newPassword: 'taken-over-password' })
        .expect(403);
      expect(refused.body.code).toBe('staff.own_password');
      // The session and the password are as they were.
      await request(server(app))
        .get('/classes')
        .set('Authorization', `Bearer ${person.token}`)
        .expect(200);
    }
    await login(app, world.director.login, PASSWORD);
  });

  it('writes print runs readable by the service alone: files 0600 in folders 0700', async () => {
    const files = app.get(PrintRunFiles);
    const { dataDir } = app.get<AppSettings>(APP_SETTINGS);
    const id = '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    const part = files.createPart(id, 1);
    await new Promise<void>((resolve, reject) =>
      part.end('%PDF-1.7\n', () => resolve()).on('error', reject),
    );
    expect(statSync(join(dataDir, 'print-runs', 'parts')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'print-runs', 'parts', `${id}.1.part`)).mode & 0o777).toBe(0o600);
    await files.publish(id, 1);
    expect(statSync(join(dataDir, 'print-runs')).mode & 0o777).toBe(0o700);
    expect(statSync(join(dataDir, 'print-runs', `${id}.pdf`)).mode & 0o777).toBe(0o600);
  });

  it('answers addresses Fastify’s router refuses in the error contract, with our headers', async () => {
    const long = await request(server(app))
      .get(`/students/${'a'.repeat(101)}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(400);
    expect(long.body).toMatchObject({ statusCode: 400, code: 'request.invalid' });
    expect(long.body.message).toMatch(/100 characters/);
    expectOurHeaders(long);
    const broken = await request(server(app)).get('/students/%').expect(404);
    expect(broken.body).toMatchObject({ statusCode: 404, code: 'route.not_found' });
    expectOurHeaders(broken);
  });

  it('says what is wrong with a __proto__ key instead of calling the JSON invalid', async () => {
    const response = await request(server(app))
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"login":"admin","password":"x","__proto__":{"role":"admin"}}')
      .expect(400);
    expect(response.body.code).toBe('request.invalid');
    expect(response.body.message).toContain('__proto__');
    expect(response.body.message).not.toMatch(/not valid JSON/);
  });

  it('answers 405 naming POST for GET on POST-only addresses that look like an id', async () => {
    for (const path of ['/cases/preview.pdf', '/dispatches/batch', '/students/import']) {
      const response = await request(server(app))
        .get(path)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .expect(405);
      expect(response.body.code).toBe('request.method_not_allowed');
      expect(response.headers.allow).toBe('POST');
      expectOurHeaders(response);
    }
  });

  it('accepts any RFC 4122 UUID as an id, whatever its version and variant bits', async () => {
    for (const id of [
      '3fa85f64-5717-4562-c3fc-2c963f66afa6',
      '3fa85f64-5717-0562-03fc-2c963f66afa6',
      '3FA85F64-5717-F562-B3FC-2C963F66AFA6',
    ]) {
      const response = await request(server(app))
        .get(`/students/${id}`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .expect(404);
      expect(response.body.code).toBe('student.not_found');
    }
    const bad = await request(server(app))
      .get('/students/not-a-uuid')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(400);
    expect(bad.body.message).toContain('id');
  });

  it('declares path ids as UUIDs and packet codes with their pattern in the OpenAPI document', async () => {
    const document = (await request(server(app)).get('/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          { parameters?: { name: string; in: string; schema: Record<string, unknown> }[] }
        >
      >;
    };
    const pathPart = (path: string, method: string, name: string): Record<string, unknown> =>
      document.paths[path][method].parameters!.find((p) => p.in === 'path' && p.name === name)!
        .schema;
    expect(pathPart('/students/{id}', 'get', 'id')).toMatchObject({ format: 'uuid' });
    expect(pathPart('/dispatches/{id}/packets.pdf', 'get', 'id')).toMatchObject({ format: 'uuid' });
    const schemas = (
      document as unknown as {
        components: {
          schemas: Record<
            string,
            { additionalProperties?: unknown; properties: Record<string, { pattern?: string }> }
          >;
        };
      }
    ).components.schemas;
    expect(schemas.CreateStudentDto.additionalProperties).toBe(false);
    expect(schemas.CreateCaseDto.additionalProperties).toBe(false);
    expect(schemas.CreateStudentDto.properties.postcode.pattern).toBeDefined();
    expect(schemas.CreateStudentDto.properties.guardianPhone.pattern).toBeDefined();
    expect(new RegExp(schemas.CreateStudentDto.properties.postcode.pattern!).test('А15 Е3С5')).toBe(
      true,
    );
    expect(
      new RegExp(schemas.CreateStudentDto.properties.guardianPhone.pattern!).test(
        '8 (701) 234-56-78',
      ),
    ).toBe(true);
    expect(pathPart('/packets/{code}', 'get', 'code')).toMatchObject({
      pattern: '^([A-Z]{2})(\\d{8})(\\d)([A-Z]{2})$',
    });
  });

  it('signs out on the service: that session’s token opens nothing, the others go on', async () => {
    const first = await login(app, world.teacher.login);
    const second = await login(app, world.teacher.login);
    const call = (token: string): request.Test =>
      request(server(app)).get('/classes').set('Authorization', `Bearer ${token}`);
    await call(first).expect(200);
    await request(server(app))
      .post('/auth/logout')
      .set('Authorization', `Bearer ${first}`)
      .expect(204);
    const ended = await call(first).expect(401);
    expect(ended.body.code).toBe('auth.session_invalid');
    await call(second).expect(200);
    // Signing out again, or with no session at all, is simply done.
    await request(server(app))
      .post('/auth/logout')
      .set('Authorization', `Bearer ${first}`)
      .expect(204);
    await request(server(app)).post('/auth/logout').expect(204);
  });

  it('slows a guessed login down instead of locking its owner out', async () => {
    // Addresses are believed from X-Forwarded-For, as behind the load balancer.
    const strict = await createTestApp({
      LOGIN_ATTEMPTS_PER_MINUTE: '3',
      TRUST_PROXY: '127.0.0.1',
      DATABASE_URL: await createOwnDatabase('login_slowdown'),
    });
    try {
      const owner = await createSchoolWorld(strict, { pupils: 0 });
      const from = (address: string, password: string): request.Test =>
        request(server(strict))
          .post('/auth/login')
          .set('X-Forwarded-For', address)
          .send({ login: owner.director.login, password });
      for (let i = 0; i < 3; i++) await from('203.0.113.7', 'a-wrong-guess-1').expect(401);
      const refused = await from('203.0.113.7', 'a-wrong-guess-1').expect(429);
      expect(refused.body.code).toBe('auth.too_many_attempts');
      for (let i = 0; i < 3; i++) await from(`198.51.100.${i}`, 'a-wrong-guess-2').expect(401);
      // Six failures from elsewhere: the owner's right password still opens the account.
      const owned = await from('192.0.2.50', PASSWORD).expect(200);
      expect(owned.body.user.id).toBe(owner.director.id);
    } finally {
      await strict.close();
    }
  });

  function whoAmI(token: string): string {
    const payload = token.split('.')[1];
    return (JSON.parse(Buffer.from(payload, 'base64url').toString()) as { sub: string }).sub;
  }
});
