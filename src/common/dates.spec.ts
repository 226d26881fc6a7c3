import { addDays, daysBetween, localDate } from './dates';

describe('dates', () => {
  it('gives the calendar date in Kazakhstan', () => {
    expect(localDate(new Date('2026-11-23T20:30:00Z'))).toBe('2026-11-24');
  });
  it('adds and counts calendar days', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(daysBetween('2026-11-01', '2026-11-15')).toBe(14);
  });
});
