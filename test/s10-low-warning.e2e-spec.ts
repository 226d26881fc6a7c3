import { INestApplication } from '@nestjs/common';
import { createTestApp } from './support/app';
import { caseBody, createSchoolWorld, daysFromNow, get, post } from './support/factories';

interface Summary {
  s10?: { serviceIndicator: string; left: number; lowWarning: number; low: boolean };
}

/** A ten-serial range under its own service indicator, warning below five codes left. */
describe('S10 range running low reaches the admin (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp({
      S10_SERVICE_INDICATOR: 'LW',
      S10_FIRST_SERIAL: '101',
      S10_LAST_SERIAL: '110',
      S10_LOW_WARNING: '5',
    });
  });
  afterAll(() => app.close());

  it("shows the codes left on the admin's home summary, and warns below S10_LOW_WARNING", async () => {
    const world = await createSchoolWorld(app, { pupils: 3 });
    const summary = () => get<Summary>(app, world.admin, '/reports/summary');
    expect((await summary()).s10).toEqual({
      serviceIndicator: 'LW',
      left: 10,
      lowWarning: 5,
      low: false,
    });
    const caseId = (await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world)))
      .id;
    const dispatch = () =>
      post(app, world.teacher.token, '/dispatches', {
        classId: world.classId,
        caseIds: [caseId],
        returnDueOn: daysFromNow(7),
        confirmRepeat: true,
      });
    await dispatch();
    expect((await summary()).s10).toMatchObject({ left: 7, low: false });
    await dispatch();
    expect((await summary()).s10).toMatchObject({ left: 4, low: true });
    const director = await get<Summary>(app, world.director.token, '/reports/summary');
    expect(director.s10).toBeUndefined();
  });
});
