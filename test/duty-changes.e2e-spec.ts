import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { addDays, localDate } from '@/common/dates';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  get,
  login,
  officePostcode,
  PASSWORD,
  post,
  SchoolWorld,
  server,
  unique,
} from './support/factories';

interface Duty {
  id: string;
  teacherId: string;
  active: boolean;
  overdue: boolean;
  nextDueOn: string;
  lastCollectedAt: string | null;
  endedAt: string | null;
  followsDutyId: string | null;
  rounds: { postOfficeId: string }[];
}

interface AuditItem {
  action: string;
  targetId: string;
  targetName: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** The deputy ends a collection duty or hands it to another teacher; the history stays true. */
describe('ending and handing over a collection duty (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let other: SchoolWorld;
  const today = localDate();
  const started = addDays(today, -20);

  beforeAll(async () => {
    app = await createTestApp();
    [world, other] = await Promise.all([createSchoolWorld(app), createSchoolWorld(app)]);
  });
  afterAll(() => app.close());

  const send = (token: string, url: string, body: object = {}) =>
    request(server(app)).post(url).set('Authorization', `Bearer ${token}`).send(body);

  const office = async () =>
    (
      await post<{ id: string }>(app, world.admin, '/post-offices', {
        postcode: officePostcode(),
        name: unique('Кезекші бөлімше '),
        address: 'Абай көшесі, 1',
        locality: 'Көктал',
      })
    ).id;

  const teacher = async () => {
    const loginName = unique('collector.');
    const fullName = unique('Жинаушы ');
    const made = await post<{ id: string }>(app, world.director.token, '/staff', {
      fullName,
      role: 'teacher',
      schoolId: world.schoolId,
      login: loginName,
      password: PASSWORD,
    });
    return { id: made.id, fullName, token: await login(app, loginName) };
  };

  const appoint = (teacherId: string, postOfficeIds: string[], startsOn = started) =>
    send(world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      teacherId,
      postOfficeIds,
      startsOn,
    });

  const round = (token: string, dutyId: string, postOfficeId: string) =>
    send(token, `/collection-duties/${dutyId}/rounds`, {
      postOfficeId,
      collectedAt: new Date().toISOString(),
      codes: [],
    });

  const dutyOn = async (id: string, asOf = today): Promise<Duty> => {
    const { items } = await get<{ items: Duty[] }>(
      app,
      world.deputy.token,
      `/collection-duties?asOf=${asOf}`,
    );
    const found = items.find((d) => d.id === id);
    if (!found) throw new Error(`duty ${id} not listed`);
    return found;
  };

  const auditOf = async (targetId: string): Promise<AuditItem[]> =>
    (
      await get<{ items: AuditItem[] }>(app, world.director.token, '/audit?entity=duty&limit=500')
    ).items.filter((entry) => entry.targetId === targetId);

  it('ends a duty: its rounds stay, it is overdue no more, takes no round and ends only once', async () => {
    const [visited, forgotten] = [await office(), await office()];
    const collector = await teacher();
    const duty = (await appoint(collector.id, [visited, forgotten]).expect(201)).body as Duty;
    await round(collector.token, duty.id, visited).expect(201);
    expect(await dutyOn(duty.id)).toMatchObject({ active: true, overdue: true });

    const ended = await send(world.deputy.token, `/collection-duties/${duty.id}/end`).expect(200);
    expect(ended.body).toMatchObject({ id: duty.id, endedAt: expect.any(String) });
    const now = await dutyOn(duty.id);
    expect(now).toMatchObject({ active: false, overdue: false, endedAt: expect.any(String) });
    expect(now.rounds).toEqual([expect.objectContaining({ postOfficeId: visited })]);
    // Yesterday replays as it stood: the forgotten office was overdue then.
    expect(await dutyOn(duty.id, addDays(today, -1))).toMatchObject({
      active: true,
      overdue: true,
    });

    const late = await round(collector.token, duty.id, visited).expect(400);
    expect(late.body.code).toBe('duty.round_time_invalid');
    const again = await send(world.deputy.token, `/collection-duties/${duty.id}/end`).expect(409);
    expect(again.body.code).toBe('duty.ended');
    const handed = await send(world.deputy.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: world.teacher.id,
    }).expect(409);
    expect(handed.body.code).toBe('duty.ended');

    // The offices are free again from the day the duty ended.
    await appoint(world.teacher.id, [forgotten], today).expect(201);
    expect((await auditOf(duty.id)).find((e) => e.action === 'end')).toMatchObject({
      targetName: collector.fullName,
      changes: { endedAt: { before: null, after: expect.any(String) } },
    });
  });

  it('refuses ending a duty whose last day has passed', async () => {
    const collector = await teacher();
    const duty = (
      await send(world.deputy.token, '/collection-duties', {
        schoolId: world.schoolId,
        teacherId: collector.id,
        postOfficeIds: [await office()],
        startsOn: started,
        endsOn: addDays(today, -2),
      }).expect(201)
    ).body as Duty;
    const refused = await send(world.deputy.token, `/collection-duties/${duty.id}/end`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'duty.ended',
      details: { endedOn: addDays(today, -2) },
    });
  });

  it('hands a duty to another teacher: the fortnight runs on, each keeps their own rounds', async () => {
    const [first, second] = [await office(), await office()];
    const [before, after] = [await teacher(), await teacher()];
    const duty = (await appoint(before.id, [first, second]).expect(201)).body as Duty;
    await round(before.token, duty.id, first).expect(201);

    const handed = await send(world.director.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: after.id,
    }).expect(201);
    const next = handed.body as Duty & { startsOn: string };
    expect(next).toMatchObject({ teacherId: after.id, startsOn: today, followsDutyId: duty.id });

    expect(await dutyOn(duty.id)).toMatchObject({ active: false, overdue: false });
    const taken = await dutyOn(next.id);
    // The second office waits since the first duty began: handing over does not restart it.
    expect(taken).toMatchObject({ active: true, overdue: true, nextDueOn: addDays(started, 14) });
    expect(taken.lastCollectedAt).not.toBeNull();
    expect(taken.rounds).toEqual([]);

    await round(before.token, duty.id, first).expect(400);
    await round(before.token, next.id, first).expect(403);
    await round(after.token, next.id, second).expect(201);
    expect(await dutyOn(next.id)).toMatchObject({
      overdue: false,
      rounds: [{ postOfficeId: second }],
    });
    expect((await dutyOn(duty.id)).rounds).toEqual([
      expect.objectContaining({ postOfficeId: first }),
    ]);

    // The log names who handed the duty to whom, not their ids.
    expect((await auditOf(next.id)).find((e) => e.action === 'handover')).toMatchObject({
      targetName: after.fullName,
      changes: {
        teacher: { before: before.fullName, after: after.fullName },
        followsDutyId: { before: null, after: duty.id },
      },
    });
  });

  it('refuses a switched-off teacher, the same teacher, and callers who may not', async () => {
    const collector = await teacher();
    const leaving = await teacher();
    await send(world.director.token, `/staff/${leaving.id}/deactivate`).expect(200);
    const duty = (await appoint(collector.id, [await office()]).expect(201)).body as Duty;

    const inactive = await send(world.deputy.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: leaving.id,
    }).expect(409);
    expect(inactive.body).toMatchObject({
      code: 'duty.teacher_inactive',
      details: { field: 'teacherId' },
    });
    const appointed = await appoint(leaving.id, [await office()]).expect(409);
    expect(appointed.body.code).toBe('duty.teacher_inactive');
    const same = await send(world.deputy.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: collector.id,
    }).expect(409);
    expect(same.body).toMatchObject({ code: 'duty.same_teacher', details: { field: 'teacherId' } });
    const bad = await send(world.deputy.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: 'someone',
    }).expect(400);
    expect(JSON.stringify(bad.body.details)).toContain('teacherId');
    await send(world.deputy.token, `/collection-duties/${duty.id}/handover`, {
      teacherId: world.director.id,
    }).expect(404);

    await send(collector.token, `/collection-duties/${duty.id}/end`).expect(403);
    const foreign = await send(other.director.token, `/collection-duties/${duty.id}/end`).expect(
      404,
    );
    expect(foreign.body.code).toBe('duty.not_found');
    // Nothing of the refusals changed the duty.
    expect(await dutyOn(duty.id)).toMatchObject({ active: true, endedAt: null });
  });
});
