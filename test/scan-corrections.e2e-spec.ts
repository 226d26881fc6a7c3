import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  dispatchCodes,
  get,
  post,
  scan,
  SchoolWorld,
  server,
} from './support/factories';

interface History {
  status: string;
  events: { id: string; event: string; correction?: { reason: string; actorId: string } }[];
}

/** A clerk scans "delivered" where "arrived" was meant, and sets it right; nothing is deleted. */
describe('correcting a wrong scan (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let code: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
    [code] = await dispatchCodes(app, world);
    expect((await scan(app, world.clerk.token, { code, event: 'posted' })).status).toBe(201);
    expect((await scan(app, world.pupilClerk.token, { code, event: 'delivered' })).status).toBe(
      201,
    );
  });
  afterAll(() => app.close());

  const history = (): Promise<History> => get<History>(app, world.deputy.token, `/packets/${code}`);
  const correct = (token: string, eventId: string, reason = 'Қате сканерленді') =>
    request(server(app))
      .post(`/packets/${code}/corrections`)
      .set('Authorization', `Bearer ${token}`)
      .send({ eventId, reason });
  const delivered = async (): Promise<number> =>
    (await get<{ totals: { delivered: number } }>(app, world.deputy.token, '/reports/returns'))
      .totals.delivered;

  it('refuses any event but the latest, another office’s clerk, and a teacher', async () => {
    const { events } = await history();
    const [posted, wrong] = events;
    const notLatest = await correct(world.pupilClerk.token, posted.id).expect(409);
    expect(notLatest.body).toMatchObject({
      code: 'scan.correction_invalid',
      details: { reason: 'not_latest' },
    });
    expect((await correct(world.clerk.token, wrong.id).expect(403)).body.code).toBe(
      'scan.wrong_office',
    );
    await correct(world.teacher.token, wrong.id).expect(403);
    expect((await history()).status).toBe('delivered');
    expect(await delivered()).toBe(1);
  });

  it('puts the packet back where the remaining scans say, keeping the wrong one, marked', async () => {
    const wrong = (await history()).events[1];
    const fixed = await post<{ statusBefore: string; statusAfter: string }>(
      app,
      world.pupilClerk.token,
      `/packets/${code}/corrections`,
      { eventId: wrong.id, reason: '«Прибыло» вместо «вручено»' },
    );
    expect(fixed).toMatchObject({ statusBefore: 'delivered', statusAfter: 'posted' });
    const after = await history();
    expect(after.status).toBe('posted');
    expect(after.events.map((e) => [e.event, e.correction?.reason ?? null])).toEqual([
      ['posted', null],
      ['delivered', '«Прибыло» вместо «вручено»'],
    ]);
    expect(after.events[1].correction?.actorId).toBe(world.pupilClerk.id);
    expect(await delivered()).toBe(0);
    const log = await get<{ items: { action: string }[] }>(
      app,
      world.director.token,
      '/audit?entity=packet',
    );
    expect(log.items[0].action).toBe('correct');
  });

  it('takes the right scans afterwards, the corrected one no longer a duplicate', async () => {
    expect((await scan(app, world.pupilClerk.token, { code, event: 'arrived' })).status).toBe(201);
    const again = await scan(app, world.pupilClerk.token, { code, event: 'delivered' });
    expect(again.status).toBe(201);
    expect((await history()).status).toBe('delivered');
    expect(await delivered()).toBe(1);
  });
});
