import { slowDownMs, waitMs } from './failed-logins';

describe('the failed-login wait', () => {
  it('is nothing until a key failed its limit within a minute', () => {
    expect(waitMs([], 3, 0)).toBe(0);
    expect(waitMs([0, 1_000], 3, 2_000)).toBe(0);
  });

  it('lasts until the oldest counted failure is a minute old', () => {
    expect(waitMs([0, 1_000, 2_000], 3, 3_000)).toBe(57_000);
    expect(waitMs([0, 1_000, 2_000, 2_500], 3, 3_000)).toBe(58_000);
  });

  it('forgets failures older than a minute', () => {
    expect(waitMs([0, 1_000, 2_000], 3, 60_001)).toBe(0);
  });
});

describe('the slow-down of a login guessed from many addresses', () => {
  it('starts at the limit and grows by half a second a failure, up to five seconds', () => {
    expect(slowDownMs(0, 10)).toBe(0);
    expect(slowDownMs(9, 10)).toBe(0);
    expect(slowDownMs(10, 10)).toBe(500);
    expect(slowDownMs(13, 10)).toBe(2_000);
    expect(slowDownMs(500, 10)).toBe(5_000);
  });
});
