import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { adminToken, createSchoolWorld, post, SchoolWorld, server } from './support/factories';

interface Slip {
  staffId: string;
  postOfficeId: string;
  postcode: string;
  officeName: string;
  login: string;
  temporaryPassword: string;
}

/** The admin opens clerk accounts for many offices at once, each with a first-sign-in slip. */
describe('POST /staff/clerks (e2e)', () => {
  let app: INestApplication;
  let admin: string;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    admin = await adminToken(app);
    world = await createSchoolWorld(app, { pupils: 0 });
  });
  afterAll(() => app.close());

  const open = (postOfficeIds: string[], token = admin) =>
    request(server(app))
      .post('/staff/clerks')
      .set('Authorization', `Bearer ${token}`)
      .send({ postOfficeIds });
  const signIn = (login: string, password: string) =>
    request(server(app)).post('/auth/login').send({ login, password });

  it('opens one clerk per office, whose password must be changed at the first sign-in', async () => {
    const response = await open([world.officeId, world.pupilOfficeId]).expect(201);
    const slips = (response.body as { slips: Slip[] }).slips;
    expect(slips.map((s) => [s.postOfficeId, s.login])).toEqual([
      [world.officeId, `clerk-${world.officePostcode.toLowerCase()}`],
      [world.pupilOfficeId, `clerk-${world.pupilOfficePostcode.toLowerCase()}`],
    ]);
    expect(new Set(slips.map((s) => s.temporaryPassword)).size).toBe(2);
    for (const slip of slips) {
      expect(slip.temporaryPassword).toMatch(/^[a-hj-km-np-z2-9]{12}$/);
      const session = await signIn(slip.login, slip.temporaryPassword).expect(200);
      expect(session.body.user).toEqual(
        expect.objectContaining({
          role: 'post_clerk',
          postOfficeId: slip.postOfficeId,
          passwordChangeDue: true,
        }),
      );
    }
    // A second clerk for the same office gets the next free login.
    const again = await open([world.officeId]).expect(201);
    expect((again.body as { slips: Slip[] }).slips[0].login).toBe(
      `clerk-${world.officePostcode.toLowerCase()}-2`,
    );
  });

  it('opens none when one office is unknown or archived', async () => {
    const other = await post<{ id: string; postcode: string }>(app, admin, '/post-offices', {
      postcode: String(100000 + Math.floor(Math.random() * 899999)),
      name: 'Жабылған бөлімше',
      address: 'Көше, 1',
      locality: 'Ауыл',
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const refused = await open([other.id, unknown]).expect(404);
    expect(refused.body.code).toBe('post_office.not_found');
    await request(server(app))
      .post(`/post-offices/${other.id}/archive`)
      .set('Authorization', `Bearer ${admin}`)
      .expect((r) => expect([200, 201]).toContain(r.status));
    await open([other.id]).expect(404);
    await signIn(`clerk-${other.postcode}`, 'whatever-password').expect(401);
  });

  it('is the admin’s alone, and checks what it is given', async () => {
    await open([world.officeId], world.director.token).expect(403);
    expect((await open([]).expect(400)).body.message).toContain('postOfficeIds');
    await open([world.officeId, world.officeId]).expect(400);
  });
});
