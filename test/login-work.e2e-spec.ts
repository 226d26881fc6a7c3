import * as crypto from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { vi } from 'vitest';
import { createTestApp, TEST_ADMIN } from './support/app';
import { server } from './support/factories';

// Node's scrypt, counted on its way through: the password check's work, not a stand-in.
vi.mock('node:crypto', async (original) => {
  const actual = await original<typeof crypto>();
  return { ...actual, scrypt: vi.fn(actual.scrypt) };
});

/** A wrong password and an unknown login do the same key derivations, so time tells neither. */
describe('failed logins cost the same (e2e)', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  const derivationsFor = async (login: string): Promise<number> => {
    const scrypt = vi.mocked(crypto.scrypt);
    scrypt.mockClear();
    await request(server(app))
      .post('/auth/login')
      .send({ login, password: 'not-the-password' })
      .expect(401);
    return scrypt.mock.calls.length;
  };

  it('derives one key for a wrong password and one for an unknown login', async () => {
    expect(await derivationsFor(TEST_ADMIN.login)).toBe(1);
    expect(await derivationsFor('nobody-by-this-name')).toBe(1);
  });
});
