import { checkInterval, nextCheckAt, pauseAfter, retryDelay } from './tracking-schedule';

const HOUR = 3_600_000;
const now = new Date('2026-12-01T06:00:00Z');
const ago = (hours: number): Date => new Date(now.getTime() - hours * HOUR);

describe('when Kazpost is asked about a packet', () => {
  it('asks more often about packets that should move soon', () => {
    expect(checkInterval('created', ago(1), now)).toBe(8 * HOUR);
    expect(checkInterval('posted', ago(3), now)).toBe(6 * HOUR);
    expect(checkInterval('posted', ago(30), now)).toBe(2 * HOUR);
    expect(checkInterval('arrived', ago(30), now)).toBe(3 * HOUR);
  });

  it('spreads one dispatch over the day, never sooner than Kazpost refreshes', () => {
    const ids = Array.from(
      { length: 200 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const times = ids.map((id) => nextCheckAt(id, 8 * HOUR, now).getTime() - now.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(6.4 * HOUR);
    expect(Math.max(...times)).toBeLessThanOrEqual(9.6 * HOUR);
    expect(new Set(times.map((t) => Math.floor(t / (15 * 60_000)))).size).toBeGreaterThan(8);
    expect(nextCheckAt(ids[0], 10 * 60_000, now).getTime() - now.getTime()).toBe(HOUR);
    expect(nextCheckAt(ids[7], 8 * HOUR, now)).toEqual(nextCheckAt(ids[7], 8 * HOUR, now));
  });

  it('backs off after failures', () => {
    expect([1, 2, 3].map(retryDelay)).toEqual([15 * 60_000, 30 * 60_000, 60 * 60_000]);
    expect(retryDelay(20)).toBe(12 * HOUR);
    expect([1, 2, 3].map(pauseAfter)).toEqual([60_000, 120_000, 240_000]);
    expect(pauseAfter(30)).toBe(30 * 60_000);
  });
});
