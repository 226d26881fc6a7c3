import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '@/common/clock';
import { localDate } from '@/common/dates';
import { DailyChecks } from '@/notifications/daily-checks';
import { createTestApp } from './support/app';
import { binary } from './support/pdf';
import {
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  post,
  SchoolWorld,
  scan,
  server,
} from './support/factories';

interface ChannelRow {
  channel: string;
  pupils: number;
  sent: number;
  returned: number;
  overdue: number;
  returnPercent: number;
}
interface Report {
  channels: ChannelRow[];
  silentPupils: { studentId: string; channel: string }[];
  overdueDuties: { kind: string }[];
}

/**
 * The returns report and the call list over every channel: returns by post and by hand apart,
 * online pupils counted with no packet; a by-hand pupil whose work was not taken back is on
 * the call list, a pupil gone online never is (nor texted about), an overdue carrier shows.
 */
describe('reports and the call list by channel (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  const in40 = daysFromNow(40);

  const decide = (id: string, channel: string) =>
    request(server(app))
      .patch(`/students/${id}/channel`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .send({ channel, reason: 'Тәрбие ісі жөніндегі орынбасардың шешімі' })
      .expect(200);
  const expectScan = async (token: string, code: string, event: string) => {
    const response = await scan(app, token, { code, event });
    if (response.status !== 201)
      throw new Error(`${code} ${event}: ${response.status} ${JSON.stringify(response.body)}`);
  };

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 4 });
    const [door, handBack, handOwes] = world.studentIds;
    await decide(handBack, 'by_hand');
    await decide(handOwes, 'by_hand');
    // The dispatch numbers its by-hand packets after the posted ones.
    const [doorCode, pickupCode, backCode, owesCode] = await dispatchCodes(app, world, 7);
    // The class teacher carries the by-hand packets: only the appointed carrier records them.
    await post(app, world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      kind: 'carry',
      teacherId: world.teacher.id,
      postOfficeIds: [world.pupilOfficeId],
      startsOn: localDate(),
    });
    await expectScan(world.teacher.token, backCode, 'handed_over');
    await expectScan(world.teacher.token, backCode, 'taken_back');
    await expectScan(world.teacher.token, owesCode, 'handed_over');
    await expectScan(world.clerk.token, doorCode, 'posted');
    await expectScan(world.clerk.token, pickupCode, 'posted');
    await expectScan(world.pupilClerk.token, pickupCode, 'delivered');
    await expectScan(world.pupilClerk.token, pickupCode, 'return_received');
    // The door pupil goes online after their packet went out: it is no longer chased.
    await decide(door, 'online');
  });
  afterAll(() => app.close());

  const report = () =>
    get<Report>(
      app,
      world.deputy.token,
      `/reports/returns?asOf=${in40}&schoolId=${world.schoolId}`,
    );

  it('breaks returns down by channel, online pupils counted with no packet', async () => {
    const { channels } = await report();
    expect(
      channels.map((r) => [r.channel, r.pupils, r.sent, r.returned, r.overdue, r.returnPercent]),
    ).toEqual([
      ['post', 1, 2, 1, 1, 50],
      ['by_hand', 2, 2, 1, 1, 50],
      ['online', 1, 0, 0, 0, 0],
    ]);
  });

  it('calls the by-hand pupil whose work was not taken back, never the pupil gone online', async () => {
    const [door, , handOwes] = world.studentIds;
    const { silentPupils, overdueDuties } = await report();
    expect(silentPupils).toEqual([
      expect.objectContaining({ studentId: handOwes, channel: 'by_hand' }),
    ]);
    expect(silentPupils.map((p) => p.studentId)).not.toContain(door);
    expect(overdueDuties).toEqual([expect.objectContaining({ kind: 'carry' })]);
  });

  it("writes the channels and each called pupil's channel in the CSV", async () => {
    const csv = await request(server(app))
      .get(`/reports/returns.csv?asOf=${in40}&language=kk`)
      .set('Authorization', `Bearer ${world.deputy.token}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain('Арна;Пошта (оқушы: 1);2;');
    expect(text).toContain('Арна;Қолма-қол (қызметкер немесе курьер) (оқушы: 2);2;2;1;0;0;1;2;50%');
    expect(text).toContain('Арна;Онлайн (қағазсыз) (оқушы: 1);0;0;0;0;0;0;0;"онлайн, қағазсыз"');
    expect(text).toMatch(/;Қолма-қол \(қызметкер немесе курьер\)\r\n$/);
  });

  it('texts the class teacher about the by-hand pupil only, 40 days on', async () => {
    const later = new Date(Date.now() + 40 * 24 * 3600 * 1000);
    const clock = vi.spyOn(app.get(Clock), 'now').mockReturnValue(later);
    try {
      await app.get(DailyChecks).run();
    } finally {
      clock.mockRestore();
    }
    const texted = await app
      .get(DataSource)
      .query<{ student_id: string }[]>(
        `SELECT student_id FROM notifications WHERE kind = 'pupil_silent' AND student_id = ANY($1)`,
        [world.studentIds],
      );
    expect(texted.map((row) => row.student_id)).toEqual([world.studentIds[2]]);
  });
});
