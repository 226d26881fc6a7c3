import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, SchoolWorld, server } from './support/factories';

/** Seconds from issue to expiry that a token carries. */
const lifetime = (token: string): number => {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as {
    iat: number;
    exp: number;
  };
  return claims.exp - claims.iat;
};

/** A post clerk's token lasts a shift at the shared counter PC; other staff's, JWT_EXPIRES_IN. */
describe('session lifetimes (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp({ JWT_CLERK_EXPIRES_IN: '30m' });
    world = await createSchoolWorld(app, { pupils: 0 });
  });
  afterAll(() => app.close());

  it('gives a clerk a token of JWT_CLERK_EXPIRES_IN, which opens the clerk’s screens', async () => {
    expect(lifetime(world.clerk.token)).toBe(30 * 60);
    await request(server(app))
      .get('/packets/waiting')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .expect(200);
  });

  it('gives other staff a token of JWT_EXPIRES_IN (12 hours by default)', () => {
    expect(lifetime(world.teacher.token)).toBe(12 * 60 * 60);
    expect(lifetime(world.director.token)).toBe(12 * 60 * 60);
    expect(lifetime(world.admin)).toBe(12 * 60 * 60);
  });
});
