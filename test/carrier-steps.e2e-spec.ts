import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  appointCarrier,
  appointCollector,
  createSchoolWorld,
  caseBody,
  daysFromNow,
  get,
  Person,
  post,
  SchoolWorld,
  scan,
  server,
  staffMember,
} from './support/factories';
import { binary, pdfText } from './support/pdf';

interface RoundAnswer {
  taken: { code: string }[];
  handedOver: { code: string; transition: string }[];
  refused: { code: string; event: string; errorCode: string }[];
}
interface DispatchAnswer {
  id: string;
  packets: { code: string; studentId: string; listNo: number }[];
}
interface CarryItem {
  code: string;
  pupilName: string;
  guardianPhone: string;
}
interface CarryAnswer {
  nextDueOn: string;
  offices: { postOfficeId: string; toHandOver: CarryItem[]; toTakeBack: CarryItem[] }[];
}
interface Duty {
  id: string;
  rounds: { codesTaken: number; codesHandedOver: number }[];
}

/**
 * Only the carrier appointed for the pupil's office (or a deputy, the director) records a
 * by-hand packet handed over or its work taken back; the carrier's round records both by code.
 */
describe('the carrier records by-hand packets (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let carrier: Person;
  let other: Person;
  let carryDuty: string;
  let dispatch: DispatchAnswer;
  /** In the dispatch's order: the posted packet first, then the five carried by hand. */
  let codes: string[];

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 6 });
    // Pupil Б (the second on the class list) goes by post, the others by hand.
    for (const id of world.studentIds.filter((_, i) => i !== 1))
      await request(server(app))
        .patch(`/students/${id}/channel`)
        .set('Authorization', `Bearer ${world.deputy.token}`)
        .send({ channel: 'by_hand', reason: 'Жол жабық, пошта бармайды' })
        .expect(200);
    carrier = await staffMember(app, world, 'teacher', 'Тасушы Айгүл');
    other = await staffMember(app, world, 'teacher');
    const lesson = await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world));
    dispatch = await post<DispatchAnswer>(app, world.teacher.token, '/dispatches', {
      classId: world.classId,
      caseIds: [lesson.id],
      returnDueOn: daysFromNow(14),
    });
    codes = dispatch.packets.map((p) => p.code);
    carryDuty = await appointCarrier(app, world, carrier.id);
  });
  afterAll(() => app.close());

  const status = async (code: string) =>
    (await get<{ status: string }>(app, world.deputy.token, `/packets/${code}`)).status;

  it("numbers and prints the by-hand packets after the post's, and lists the carrier's pile", async () => {
    const [first, ...rest] = dispatch.packets;
    expect([first.studentId, first.listNo]).toEqual([world.studentIds[1], 1]);
    expect(rest.map((p) => p.studentId)).toEqual(world.studentIds.filter((_, i) => i !== 1));
    const run = await request(server(app))
      .get(`/dispatches/${dispatch.id}/packets.pdf`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = await pdfText(run.body as Buffer);
    const at = (name: string) => text.indexOf(name);
    expect(at('Оқушы Б Қайратұлы')).toBeGreaterThanOrEqual(0);
    expect(at('Оқушы Б Қайратұлы')).toBeLessThan(at('Оқушы А Қайратұлы'));
    expect(at('Оқушы А Қайратұлы')).toBeLessThan(at('Оқушы В Қайратұлы'));

    const pile = await get<CarryAnswer>(
      app,
      carrier.token,
      `/collection-duties/${carryDuty}/to-carry`,
    );
    expect(pile.offices).toHaveLength(1);
    expect(pile.offices[0].postOfficeId).toBe(world.pupilOfficeId);
    expect(pile.offices[0].toHandOver.map((p) => p.code)).toEqual(codes.slice(1));
    expect(pile.offices[0].toHandOver[0]).toMatchObject({
      pupilName: 'Оқушы А Қайратұлы',
      guardianPhone: '+7 701 234 56 70',
    });
    expect(pile.offices[0].toTakeBack).toEqual([]);
    expect(pile.nextDueOn).toBe(daysFromNow(14));
  });

  it('refuses the hand-over to a teacher who is not the carrier, naming who may', async () => {
    for (const who of [world.teacher, other]) {
      const refused = await scan(app, who.token, { code: codes[1], event: 'handed_over' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('scan.not_carrier');
      expect(refused.body.message).toContain('carrier appointed');
    }
    // A collecting teacher of the same office is not its carrier either.
    await appointCollector(app, world);
    const collector = await scan(app, world.teacher.token, { code: codes[1], event: 'taken_back' });
    expect(collector.status).toBe(403);
    expect(collector.body.code).toBe('scan.not_carrier');
    expect(await status(codes[1])).toBe('created');
  });

  it('lets the appointed carrier and the deputies record the steps', async () => {
    const byCarrier = await scan(app, carrier.token, { code: codes[1], event: 'handed_over' });
    expect(byCarrier.status).toBe(201);
    const academic = await staffMember(app, world, 'deputy_academic');
    for (const [who, code] of [
      [academic, codes[1]],
      [world.director, codes[2]],
    ] as const) {
      const event = code === codes[1] ? 'taken_back' : 'handed_over';
      expect((await scan(app, who.token, { code, event })).status).toBe(201);
    }
    expect([await status(codes[1]), await status(codes[2])]).toEqual(['taken_back', 'handed_over']);
  });

  it("hands packets over and takes work back on one carrier's round", async () => {
    const round = await post<RoundAnswer>(
      app,
      carrier.token,
      `/collection-duties/${carryDuty}/rounds`,
      {
        postOfficeId: world.pupilOfficeId,
        collectedAt: new Date().toISOString(),
        handedOver: [codes[3], codes[4], codes[2], codes[0]],
        codes: [codes[2], codes[3], codes[5]],
      },
    );
    // Packet 2 was handed over before: a duplicate, not a second hand-over.
    expect(round.handedOver.map((p) => [p.code, p.transition])).toEqual([
      [codes[3], 'applied'],
      [codes[4], 'applied'],
      [codes[2], 'duplicate'],
    ]);
    // Packet 3 handed over on this visit and its work brought back on it too.
    expect(round.taken.map((p) => p.code)).toEqual([codes[2], codes[3]]);
    expect(round.refused.map((r) => [r.code, r.event, r.errorCode])).toEqual([
      [codes[0], 'handed_over', 'packet.by_post'],
      [codes[5], 'taken_back', 'packet.illegal_transition'],
    ]);
    expect(await Promise.all(codes.slice(2).map(status))).toEqual([
      'taken_back',
      'taken_back',
      'handed_over',
      'created',
    ]);
    const pile = await get<CarryAnswer>(
      app,
      world.deputy.token,
      `/collection-duties/${carryDuty}/to-carry`,
    );
    expect(pile.offices[0].toHandOver.map((p) => p.code)).toEqual([codes[5]]);
    expect(pile.offices[0].toTakeBack.map((p) => p.code)).toEqual([codes[4]]);
    const { items } = await get<{ items: Duty[] }>(app, world.deputy.token, '/collection-duties');
    expect(items.find((d) => d.id === carryDuty)?.rounds).toEqual([
      expect.objectContaining({ codesTaken: 2, codesHandedOver: 2 }),
    ]);
  });

  it("refuses hand-overs on a collecting teacher's round, and another teacher's round", async () => {
    const { items } = await get<{ items: (Duty & { kind: string })[] }>(
      app,
      world.deputy.token,
      '/collection-duties',
    );
    const collectDuty = items.find((d) => d.kind === 'collect')?.id;
    const wrongKind = await request(server(app))
      .post(`/collection-duties/${collectDuty}/rounds`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({
        postOfficeId: world.pupilOfficeId,
        collectedAt: new Date().toISOString(),
        handedOver: [codes[4]],
        codes: [],
      });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body).toMatchObject({
      code: 'duty.hand_over_not_carry',
      details: { field: 'handedOver' },
    });
    const notTheirs = await request(server(app))
      .post(`/collection-duties/${carryDuty}/rounds`)
      .set('Authorization', `Bearer ${other.token}`)
      .send({
        postOfficeId: world.pupilOfficeId,
        collectedAt: new Date().toISOString(),
        handedOver: [],
        codes: [codes[4]],
      });
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.code).toBe('duty.round_forbidden');
    expect(await status(codes[4])).toBe('handed_over');
  });

  it('stops the carrier once the duty is ended', async () => {
    await post(app, world.deputy.token, `/collection-duties/${carryDuty}/end`, {}, 200);
    const after = await scan(app, carrier.token, { code: codes[4], event: 'taken_back' });
    expect(after.status).toBe(403);
    expect(after.body.code).toBe('scan.not_carrier');
  });
});
