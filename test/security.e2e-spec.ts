import http from 'node:http';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import {
  caseBody,
  createSchoolWorld,
  get,
  login,
  PASSWORD,
  post,
  SchoolWorld,
  server,
} from './support/factories';

describe('security (e2e)', () => {
  let app: INestApplication;
  let a: SchoolWorld;
  let b: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    [a, b] = await Promise.all([
      createSchoolWorld(app, { pupils: 1 }),
      createSchoolWorld(app, { pupils: 1 }),
    ]);
  });
  afterAll(() => app.close());

  it('sends protective headers and no CORS permission by default', async () => {
    const response = await request(server(app))
      .get('/health')
      .set('Origin', 'https://evil.example')
      .expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    // No injected inline script can run: the app and the API docs load scripts from files
    // (and the app may compile its own WebAssembly, the camera's barcode decoder).
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('records who changed what, and shows a director only their own school', async () => {
    const created = await post<{ id: string }>(app, a.teacher.token, '/cases', caseBody(a));
    const log = await get<{
      items: { entity: string; action: string; actorId: string; targetId: string; route: string }[];
    }>(app, a.director.token, '/audit?entity=case');
    expect(log.items[0]).toMatchObject({
      entity: 'case',
      action: 'create',
      actorId: a.teacher.id,
      targetId: created.id,
      route: 'POST /cases',
    });
    const students = await get<{ items: { entity: string }[]; total: number }>(
      app,
      a.director.token,
      '/audit?entity=student',
    );
    expect(students.total).toBe(1);
    const theirs = await get<{ items: { targetId: string }[] }>(
      app,
      b.director.token,
      '/audit?limit=500',
    );
    expect(theirs.items.map((e) => e.targetId)).not.toContain(created.id);
    await request(server(app))
      .get('/audit')
      .set('Authorization', `Bearer ${a.teacher.token}`)
      .expect(403);
  });

  it('filters the audit log by person and by Kazakhstan dates', async () => {
    const created = await post<{ id: string }>(app, a.teacher.token, '/cases', caseBody(a));
    const ids = async (query: string): Promise<(string | null)[]> =>
      (
        await get<{ items: { targetId: string | null }[] }>(
          app,
          a.director.token,
          `/audit?limit=500&${query}`,
        )
      ).items.map((e) => e.targetId);
    const today = localDate();
    expect(await ids(`actorId=${a.teacher.id}&from=${today}&to=${today}`)).toContain(created.id);
    expect(await ids(`actorId=${a.director.id}`)).not.toContain(created.id);
    expect(await ids(`to=${addDays(today, -1)}`)).not.toContain(created.id);
    expect(await ids(`from=${addDays(today, 1)}`)).toEqual([]);
    await request(server(app))
      .get('/audit?from=25.11.2026')
      .set('Authorization', `Bearer ${a.director.token}`)
      .expect(400);
  });

  it('refuses a token that has expired', async () => {
    const shortLived = await createTestApp({ JWT_EXPIRES_IN: '1s' });
    try {
      const token = await login(shortLived, a.teacher.login, PASSWORD);
      // Two seconds later by the clock the token is checked against, without waiting for them.
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2_100);
      const response = await request(shortLived.getHttpServer() as never)
        .get('/classes')
        .set('Authorization', `Bearer ${token}`)
        .expect(401);
      expect(response.body.message).toContain('log in again');
    } finally {
      vi.useRealTimers();
      await shortLived.close();
    }
  });

  it('slows down password guessing with 429 after the allowed attempts, in every API process', async () => {
    // A database of its own: other suites' failed logins from this address must not count here.
    const DATABASE_URL = await createOwnDatabase('login_limits');
    const strict = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3', DATABASE_URL });
    // A second API process on the same database: the load balancer may send the next try there.
    const otherProcess = await createTestApp({ LOGIN_ATTEMPTS_PER_MINUTE: '3', DATABASE_URL });
    try {
      const [a, b] = [
        await createSchoolWorld(strict, { pupils: 0 }),
        await createSchoolWorld(strict, { pupils: 0 }),
      ];
      const attempt = (on = strict) =>
        request(on.getHttpServer() as never)
          .post('/auth/login')
          .send({ login: a.clerk.login, password: 'wrong-password-1' });
      // Successful logins do not count against the limit.
      for (let i = 0; i < 5; i++) await login(strict, a.clerk.login, PASSWORD);
      for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
      const blocked = await attempt(otherProcess);
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ code: 'auth.too_many_attempts' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(blocked.body.message).toContain('Too many failed login attempts');
      // Another clerk at the same address is not locked out.
      expect(
        (
          await request(strict.getHttpServer() as never)
            .post('/auth/login')
            .send({ login: b.clerk.login, password: PASSWORD })
        ).status,
      ).toBe(200);
    } finally {
      await strict.close();
      await otherProcess.close();
    }
  });

  it('answers a path escaping the docs folder with 404, not 500', async () => {
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as { address(): { port: number } }).address();
    for (const path of ['/docs/../package.json', '/docs/%2e%2e/package.json']) {
      // Sent as written (no client tidying the dots away).
      const status = await new Promise<number>((resolve, reject) =>
        http
          .request({ host: '127.0.0.1', port, path }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          })
          .on('error', reject)
          .end(),
      );
      expect([path, status]).toEqual([path, 404]);
    }
  });

  it('answers a known address asked with the wrong method with 405 and Allow', async () => {
    const response = await request(server(app))
      .delete('/students')
      .set('Authorization', `Bearer ${a.teacher.token}`)
      .expect(405);
    expect(response.headers.allow).toBe('GET, HEAD, POST');
    expect(response.body).toMatchObject({
      code: 'request.method_not_allowed',
      details: { allow: ['GET', 'HEAD', 'POST'] },
    });
    await request(server(app)).delete('/no-such-thing').expect(404);
  });

  it('tells browsers and proxies to keep no copy of personal data', async () => {
    const pupils = await request(server(app))
      .get('/students')
      .set('Authorization', `Bearer ${a.teacher.token}`)
      .expect(200);
    expect(pupils.headers['cache-control']).toBe('no-store');
    const refused = await request(server(app)).get('/students').expect(401);
    expect(refused.headers['cache-control']).toBe('no-store');
  });

  it('says conflicts in the domain’s words, never the database’s', async () => {
    const again = await request(server(app))
      .post('/classes')
      .set('Authorization', `Bearer ${a.director.token}`)
      .send({ schoolId: a.schoolId, grade: 5, letter: 'Ә', language: 'kk' })
      .expect(409);
    expect(again.body.code).toBe('class.exists');
    expect(JSON.stringify(again.body)).not.toMatch(/Key \(|violates|constraint/);
  });

  it('keeps passwords and tokens out of the answers', async () => {
    const staff = await get<{ items: Record<string, unknown>[] }>(app, a.director.token, '/staff');
    for (const member of staff.items) expect(Object.keys(member)).not.toContain('passwordHash');
  });
});
