import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCarrier,
  appointCollector,
  caseBody,
  createSchoolWorld,
  daysFromNow,
  get,
  Person,
  post,
  SchoolWorld,
  server,
  staffMember,
} from './support/factories';

interface DispatchAnswer {
  packets: { code: string; studentId: string }[];
}
interface Duty {
  id: string;
  lastCollectedAt: string | null;
  overdue: boolean;
  toBringIn: number;
  rounds: { codesTaken: number; codesHandedOver: number }[];
}
interface BroughtIn {
  broughtIn: { code: string; classLabel: string; transition: string }[];
}

/**
 * A visit with nothing on it is still a visit (the screen asks first); back at school the
 * carrier brings every piece of work taken back into school in one go, as "collected".
 */
describe('the carrier brings work into school (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let carrier: Person;
  let other: Person;
  let carryDuty: string;
  let collectDuty: string;
  /** The two by-hand packets (pupils А and В); pupil Б goes by post. */
  let byHand: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    for (const id of [world.studentIds[0], world.studentIds[2]])
      await request(server(app))
        .patch(`/students/${id}/channel`)
        .set('Authorization', `Bearer ${world.deputy.token}`)
        .send({ channel: 'by_hand', reason: 'Жол жабық' })
        .expect(200);
    carrier = await staffMember(app, world, 'teacher', 'Тасушы Айгүл');
    other = await staffMember(app, world, 'teacher');
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    const dispatch = await post<DispatchAnswer>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    byHand = [world.studentIds[0], world.studentIds[2]].map(
      (id) => dispatch.packets.find((p) => p.studentId === id)?.code ?? '',
    );
    carryDuty = await appointCarrier(app, world, carrier.id);
    collectDuty = await appointCollector(app, world);
  });
  afterAll(() => app.close());

  const duty = async (id: string): Promise<Duty> => {
    const { items } = await get<{ items: Duty[] }>(
      app,
      world.deputy.token,
      `/collection-duties?schoolId=${world.schoolId}`,
    );
    return items.find((d) => d.id === id)!;
  };
  const round = (body: { codes: string[]; handedOver?: string[] }) =>
    post(app, carrier.token, `/collection-duties/${carryDuty}/rounds`, {
      postOfficeId: world.pupilOfficeId,
      collectedAt: new Date().toISOString(),
      ...body,
    });
  const status = async (code: string) =>
    (await get<{ status: string }>(app, world.deputy.token, `/packets/${code}`)).status;

  it('records an empty visit as a visit: the 14-day rule runs from it, counted once each', async () => {
    expect((await duty(carryDuty)).lastCollectedAt).toBeNull();
    await round({ codes: [], handedOver: [] });
    await round({ codes: [] });
    const after = await duty(carryDuty);
    expect(after.lastCollectedAt).not.toBeNull();
    expect(after.overdue).toBe(false);
    // Two visits on one day are two visits, each with nothing on it.
    expect(
      after.rounds.map(({ codesTaken, codesHandedOver }) => ({ codesTaken, codesHandedOver })),
    ).toEqual([
      { codesTaken: 0, codesHandedOver: 0 },
      { codesTaken: 0, codesHandedOver: 0 },
    ]);
    expect(after.toBringIn).toBe(0);
  });

  it('counts the work taken back and not yet brought into school', async () => {
    await round({ handedOver: byHand, codes: [byHand[0]] });
    expect(await status(byHand[0])).toBe('taken_back');
    expect((await duty(carryDuty)).toBringIn).toBe(1);
    expect((await duty(collectDuty)).toBringIn).toBe(0);
  });

  it('refuses anyone but the carrier (or a deputy), and a collecting duty', async () => {
    const refused = await request(server(app))
      .post(`/collection-duties/${carryDuty}/brought-in`)
      .set('Authorization', `Bearer ${other.token}`)
      .expect(403);
    expect(refused.body.code).toBe('duty.round_forbidden');
    const notCarry = await request(server(app))
      .post(`/collection-duties/${collectDuty}/brought-in`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(400);
    expect(notCarry.body.code).toBe('duty.bring_in_not_carry');
    expect(await status(byHand[0])).toBe('taken_back');
  });

  it('brings every piece of work taken back into school as "collected", for review', async () => {
    const answer = await post<BroughtIn>(
      app,
      carrier.token,
      `/collection-duties/${carryDuty}/brought-in`,
      {},
      200,
    );
    expect(answer.broughtIn.map((p) => [p.code, p.transition])).toEqual([[byHand[0], 'applied']]);
    expect(await status(byHand[0])).toBe('collected');
    // Still with the family: not brought in.
    expect(await status(byHand[1])).toBe('handed_over');
    const { events } = await get<{ events: { event: string; actorId: string }[] }>(
      app,
      world.deputy.token,
      `/packets/${byHand[0]}`,
    );
    expect(events.find((e) => e.event === 'collected')?.actorId).toBe(carrier.id);
    // The subject teacher's review list now holds it; the duty has nothing left to bring.
    const review = await get<{ items: { code: string }[] }>(
      app,
      world.teacher.token,
      '/packets?status=collected',
    );
    expect(review.items.map((p) => p.code)).toContain(byHand[0]);
    expect((await duty(carryDuty)).toBringIn).toBe(0);
    // Sent again: nothing more to bring.
    const again = await post<BroughtIn>(
      app,
      carrier.token,
      `/collection-duties/${carryDuty}/brought-in`,
      {},
      200,
    );
    expect(again.broughtIn).toEqual([]);
    // The audit log names the duty's carrier and how much was brought in.
    const audit = await get<{
      items: { action: string; targetName: string; changes: Record<string, { after: unknown }> }[];
    }>(app, world.director.token, '/audit?entity=duty');
    const brought = audit.items.filter((row) => row.action === 'brought_in');
    expect(brought.map((row) => [row.targetName, row.changes.broughtIn?.after])).toEqual(
      expect.arrayContaining([
        ['Тасушы Айгүл', 1],
        ['Тасушы Айгүл', 0],
      ]),
    );
  });
});
