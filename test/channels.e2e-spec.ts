import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, get, SchoolWorld, server, unique } from './support/factories';

interface Pupil {
  id: string;
  fullName: string;
  channel: string;
  channelReason: string | null;
  delivery: string;
}
interface AuditRow {
  targetId: string | null;
  action: string;
  route: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** Each pupil's channel, decided by the deputy for upbringing or the director, with a reason. */
describe('pupil channels (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
  });
  afterAll(() => app.close());

  const setChannel = (token: string, id: string, body: object) =>
    request(server(app))
      .patch(`/students/${id}/channel`)
      .set('Authorization', `Bearer ${token}`)
      .send(body);
  const pupil = (id: string) => get<Pupil>(app, world.director.token, `/students/${id}`);
  const auditOf = async (id: string): Promise<AuditRow[]> =>
    (
      await get<{ items: AuditRow[] }>(app, world.director.token, '/audit?entity=student&limit=500')
    ).items.filter((row) => row.targetId === id && row.action === 'channel');

  it('starts every pupil on the post: the old door-to-door pupil is post_door', async () => {
    const [door, pickup] = await Promise.all(world.studentIds.slice(0, 2).map(pupil));
    expect(door).toMatchObject({ channel: 'post_door', delivery: 'door', channelReason: null });
    expect(pickup).toMatchObject({ channel: 'post_pickup', delivery: 'pickup' });
  });

  it('lets the deputy for upbringing choose by hand, with the reason kept and audited with what it was', async () => {
    const id = world.studentIds[1];
    const reason = 'Ауылға мектеп көлігі аптасына бір барады';
    const changed = await setChannel(world.deputy.token, id, { channel: 'by_hand', reason });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id, channel: 'by_hand', channelReason: reason });
    expect(await pupil(id)).toMatchObject({ channel: 'by_hand', delivery: 'pickup' });
    const [row] = await auditOf(id);
    expect(row).toMatchObject({
      action: 'channel',
      route: 'PATCH /students/:id/channel',
      changes: {
        channel: { before: 'post_pickup', after: 'by_hand' },
        channelReason: { before: null, after: reason },
      },
    });

    // The director may decide too; the same decision again leaves no second row.
    const online = { channel: 'online', reason: 'Смартфон бар, Kundelik арқылы' };
    await setChannel(world.director.token, id, online).expect(200);
    await setChannel(world.director.token, id, online).expect(200);
    const rows = await auditOf(id);
    expect(rows).toHaveLength(2);
    expect(rows[0].changes).toMatchObject({ channel: { before: 'by_hand', after: 'online' } });
  });

  it('refuses anyone else, a missing reason and an unknown channel, changing nothing', async () => {
    const id = world.studentIds[2];
    const teacher = await setChannel(world.teacher.token, id, { channel: 'online', reason: 'x' });
    expect(teacher.status).toBe(403);
    expect(teacher.body.code).toBe('auth.role_forbidden');
    const noReason = await setChannel(world.deputy.token, id, { channel: 'online', reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.code).toBe('request.invalid');
    expect(noReason.body.details.fields[0].field).toBe('reason');
    const unknown = await setChannel(world.deputy.token, id, { channel: 'pigeon', reason: 'x' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details.fields[0].field).toBe('channel');
    expect(await pupil(id)).toMatchObject({ channel: 'post_pickup', channelReason: null });
    expect(await auditOf(id)).toHaveLength(0);
  });

  it('keeps the pupil form working: a correction may not change the channel behind the deputy', async () => {
    const id = world.studentIds[0];
    const refused = await request(server(app))
      .patch(`/students/${id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ delivery: 'pickup' });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'student.channel_by_deputy',
      details: { field: 'delivery', channel: 'post_door' },
    });
    // The same delivery as now, sent back by a form with every field, is no change.
    const address = unique('Бірлік ауылы, Жаңа көше, ');
    await request(server(app))
      .patch(`/students/${id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ delivery: 'door', address })
      .expect(200);
    expect(await pupil(id)).toMatchObject({ channel: 'post_door', address });
  });

  it('lets a roster file set the channel of pupils it adds, never of pupils already there', async () => {
    const header = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';
    const name = unique('Серікова ');
    const row = (delivery: string) =>
      `${name};Бірлік, Абай к. 9;A15E3C5;${world.pupilOfficePostcode};${delivery};Серік;87019998877`;
    const upload = (csv: string) =>
      request(server(app))
        .post('/students/import')
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .field('classId', world.classId)
        .attach('file', Buffer.from(csv, 'utf8'), { filename: 'r.csv', contentType: 'text/csv' });
    await upload(`${header}\n${row('door')}\n`).expect(201);
    const list = await get<{ items: Pupil[] }>(
      app,
      world.director.token,
      `/students?classId=${world.classId}`,
    );
    const added = list.items.find((p) => p.fullName === name) as Pupil;
    expect(added.channel).toBe('post_door');
    await setChannel(world.deputy.token, added.id, { channel: 'by_hand', reason: 'Көлік' }).expect(
      200,
    );
    const again = await upload(`${header}\n${row('pickup')}\n`).expect(201);
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    expect(await pupil(added.id)).toMatchObject({ channel: 'by_hand' });
  });
});
