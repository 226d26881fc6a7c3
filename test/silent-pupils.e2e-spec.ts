import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '@/common/clock';
import { DailyChecks } from '@/notifications/daily-checks';
import { createTestApp } from './support/app';
import {
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  get,
  SchoolWorld,
  scan,
} from './support/factories';

interface Report {
  silentPupils: { studentId: string; fullName: string }[];
}

/**
 * The call list as read weeks later (the tester's 20.01.2027): a pupil who returned every
 * packet due is not "silent", however long ago the last return was.
 */
describe('silent pupils on the returns report (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  const handIn = async (code: string) => {
    for (const event of ['posted', 'delivered', 'return_received']) {
      const token = event === 'posted' ? world.clerk.token : world.pupilClerk.token;
      const response = await scan(app, token, { code, event });
      if (response.status !== 201)
        throw new Error(`${code} ${event}: ${response.status} ${JSON.stringify(response.body)}`);
    }
  };
  const silentOn = async (asOf: string) =>
    (
      await get<Report>(
        app,
        world.deputy.token,
        `/reports/returns?asOf=${asOf}&schoolId=${world.schoolId}`,
      )
    ).silentPupils.map((p) => p.studentId);

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 3 });
    // One packet each, due in a week: the first two pupils hand their work in today.
    const [first, second, third] = await dispatchCodes(app, world, 7);
    await handIn(first);
    await handIn(second);
    const thirdScan = await scan(app, world.clerk.token, { code: third, event: 'posted' });
    expect(thirdScan.status).toBe(201);
  });
  afterAll(() => app.close());

  it('texts the class teacher only of the pupil who still owes work, 40 days on', async () => {
    const [, , third] = world.studentIds;
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
    expect(texted.map((row) => row.student_id)).toEqual([third]);
  });

  it('leaves off pupils who returned all work due, 40 days on', async () => {
    const [first, second, third] = world.studentIds;
    const silent = await silentOn(daysFromNow(40));
    expect(silent).toEqual([third]);
    expect(silent).not.toContain(first);
    expect(silent).not.toContain(second);
  });

  it('lists a pupil who returned once long ago and now owes a later packet', async () => {
    const [first, second, third] = world.studentIds;
    const [, laterSecond] = await dispatchCodes(app, world, 35);
    await handIn(laterSecond);
    // On day 40 the first pupil owes the packet due on day 35 and last returned on day 0.
    expect(await silentOn(daysFromNow(40))).toEqual([first, third]);
    // On day 20 the later packet is not due yet: the first pupil owes nothing.
    expect(await silentOn(daysFromNow(20))).toEqual([third]);
    expect(await silentOn(daysFromNow(20))).not.toContain(second);
  });
});
