import { retryAfterMs } from './retry-after';

describe('retryAfterMs', () => {
  it('waits as long as the service asks, between one and thirty seconds', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('0')).toBe(1000);
    expect(retryAfterMs('600')).toBe(30_000);
  });

  it('waits two seconds when the header is missing or not a number of seconds', () => {
    expect(retryAfterMs(null)).toBe(2000);
    expect(retryAfterMs('')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2026 07:28:00 GMT')).toBe(2000);
  });
});
