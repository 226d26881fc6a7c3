import { dutyDatesProblem, latestReturnDate, roundTimeProblem } from './date-bounds';

describe('date bounds', () => {
  it('lets a return date reach 120 days ahead', () => {
    expect(latestReturnDate('2026-11-25')).toBe('2027-03-25');
  });

  it('keeps a duty within a month back and a year ahead', () => {
    const today = '2026-11-25';
    expect(dutyDatesProblem('2026-10-26', undefined, today)).toBeUndefined();
    const problem = (startsOn: string, endsOn?: string) => {
      const found = dutyDatesProblem(startsOn, endsOn, today);
      return found && [found.field, found.reason, found.limit];
    };
    expect(problem('2001-01-01')).toEqual(['startsOn', 'start_too_early', '2026-10-26']);
    expect(problem('2028-01-01')).toEqual(['startsOn', 'start_too_late', '2027-11-26']);
    expect(problem('2026-11-25', '2026-11-24')).toEqual([
      'endsOn',
      'end_before_start',
      '2026-11-25',
    ]);
    expect(problem('2026-11-25', '9999-12-31')).toEqual(['endsOn', 'too_long', '2027-11-26']);
    expect(dutyDatesProblem('2026-11-25', '2026-11-24', today)?.message).toMatch(/^endsOn: /);
  });

  it('refuses a round in the future, before the duty existed or outside its dates', () => {
    const duty = {
      startsOn: '2026-11-20',
      endsOn: '2026-12-31',
      createdAt: new Date('2026-11-20T04:00:00Z'),
    };
    const now = new Date('2026-11-25T10:00:00Z');
    expect(roundTimeProblem(duty, new Date('2026-11-24T07:00:00Z'), now)).toBeUndefined();
    expect(roundTimeProblem(duty, new Date('2026-11-25T11:00:00Z'), now)).toContain('future');
    expect(roundTimeProblem(duty, new Date('2001-01-01T07:00:00Z'), now)).toContain('appointed');
    const openLater = { ...duty, startsOn: '2026-11-24', endsOn: null };
    expect(roundTimeProblem(openLater, new Date('2026-11-21T07:00:00Z'), now)).toContain('outside');
    const ended = { ...duty, endedAt: new Date('2026-11-24T08:00:00Z') };
    expect(roundTimeProblem(ended, new Date('2026-11-24T07:00:00Z'), now)).toBeUndefined();
    expect(roundTimeProblem(ended, new Date('2026-11-24T09:00:00Z'), now)).toContain('ended');
  });
});
