import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  post,
  SchoolWorld,
  scan,
  server,
} from './support/factories';

interface Made {
  id: string;
  packets: { code: string }[];
}
interface AuditItem {
  action: string;
  targetId: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** A dispatch made by mistake is taken back while nothing of it has left the school. */
describe('cancelling a dispatch (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
  });
  afterAll(() => app.close());

  const dispatch = async (): Promise<Made> => {
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    return post<Made>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
  };
  const cancel = (id: string) =>
    request(server(app))
      .post(`/dispatches/${id}/cancel`)
      .set('Authorization', `Bearer ${world.teacher.token}`);
  const serial = (code: string) => Number(code.slice(2, 10));

  it('removes a dispatch whose packets are all only created, audited, its codes never reused', async () => {
    const made = await dispatch();
    const codes = made.packets.map((p) => p.code);
    const answer = await cancel(made.id).expect(200);
    expect(answer.body).toEqual({ id: made.id, codes });
    await request(server(app))
      .get(`/dispatches/${made.id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404);
    await request(server(app))
      .get(`/packets/${codes[0]}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(404);
    const audit = await get<{ items: AuditItem[] }>(
      app,
      world.director.token,
      '/audit?entity=dispatch&limit=500',
    );
    const row = audit.items.find((item) => item.action === 'cancel' && item.targetId === made.id);
    expect(row?.changes?.codes).toEqual({ before: codes.join(', '), after: null });
    const next = await dispatch();
    expect(Math.min(...next.packets.map((p) => serial(p.code)))).toBeGreaterThan(
      Math.max(...codes.map(serial)),
    );
  });

  it('refuses once a packet was posted, naming it', async () => {
    const made = await dispatch();
    const posted = await scan(app, world.clerk.token, {
      code: made.packets[0].code,
      event: 'posted',
    });
    expect(posted.status).toBe(201);
    const refused = await cancel(made.id).expect(409);
    expect(refused.body).toMatchObject({
      code: 'dispatch.not_cancellable',
      details: { moved: [made.packets[0].code] },
    });
    expect(
      (await get<{ packets: unknown[] }>(app, world.teacher.token, `/dispatches/${made.id}`))
        .packets,
    ).toHaveLength(2);
  });
});
