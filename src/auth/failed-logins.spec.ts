import { FailedLogins } from './failed-logins';

describe('FailedLogins', () => {
  it('allows a login until it failed its limit within a minute, then says how long to wait', () => {
    const limiter = new FailedLogins(3, 10);
    for (const at of [0, 1_000, 2_000]) {
      expect(limiter.check('Clerk', '10.0.0.1', at)).toEqual({ allowed: true });
      limiter.recordFailure('Clerk', '10.0.0.1', at);
    }
    expect(limiter.check('clerk', '10.0.0.9', 3_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 57,
    });
    expect(limiter.check('clerk', '10.0.0.1', 60_001)).toEqual({ allowed: true });
  });

  it('limits an address over all logins, more loosely', () => {
    const limiter = new FailedLogins(3, 5);
    for (let i = 0; i < 5; i++) limiter.recordFailure(`user${i}`, '10.0.0.1', 0);
    expect(limiter.check('someone-else', '10.0.0.1', 0).allowed).toBe(false);
    expect(limiter.check('someone-else', '10.0.0.2', 0).allowed).toBe(true);
  });

  it('counts failures only: a success clears the login', () => {
    const limiter = new FailedLogins(2, 10);
    limiter.recordFailure('clerk', 'a', 0);
    limiter.recordSuccess('clerk');
    limiter.recordFailure('clerk', 'a', 0);
    expect(limiter.check('clerk', 'a', 0).allowed).toBe(true);
  });

  it('forgets the oldest keys when full', () => {
    const limiter = new FailedLogins(1, 100, 2);
    limiter.recordFailure('a', 'x', 0);
    limiter.recordFailure('b', 'x', 0);
    expect(limiter.check('a', 'y', 0).allowed).toBe(true);
    expect(limiter.check('b', 'y', 0).allowed).toBe(false);
  });
});
