import { overNormProblems, packetLoad, studyDays } from './packet-load';

const week = { goesOutOn: '2026-12-07', comesBackOn: '2026-12-14' }; // Monday to Monday
const c = (id: string, estimatedMinutes: number) => ({
  id,
  topic: `Topic ${id}`,
  estimatedMinutes,
});

describe('study days of a period', () => {
  it('counts Monday to Friday, the day it comes back not included', () => {
    expect(studyDays(week)).toBe(5);
    expect(studyDays({ goesOutOn: '2026-12-07', comesBackOn: '2026-12-21' })).toBe(10);
    expect(studyDays({ goesOutOn: '2026-12-11', comesBackOn: '2026-12-15' })).toBe(2);
  });

  it('is at least one, so a weekend packet still has a day', () => {
    expect(studyDays({ goesOutOn: '2026-12-12', comesBackOn: '2026-12-14' })).toBe(1);
  });
});

describe('packet load against the grade norm', () => {
  it('spreads the total over the study days, rounding up', () => {
    const load = packetLoad(5, week, [c('a', 30), c('b', 30), c('c', 25)]);
    expect(load).toMatchObject({ studyDays: 5, totalMinutes: 85, minutesPerDay: 17 });
    expect(load).toMatchObject({ dailyLimitMinutes: 120, sittingLimitMinutes: 30 });
    expect(load.overNorm).toBe(false);
  });

  it('is over when the daily minutes pass the norm', () => {
    const cases = Array.from({ length: 21 }, (_, i) => c(String(i), 29));
    const load = packetLoad(5, week, cases);
    expect(load.minutesPerDay).toBe(122);
    expect(load.overDailyLimit).toBe(true);
    expect(overNormProblems(load, cases)).toEqual([
      '122 min of study per day is more than the 120 min norm (609 min over 5 school days)',
    ]);
  });

  it('is over when one case is longer than a sitting of the grade', () => {
    const cases = [c('a', 20), c('b', 26)];
    const load = packetLoad(3, week, cases);
    expect(load.overDailyLimit).toBe(false);
    expect(load.longCaseIds).toEqual(['b']);
    expect(load.overNorm).toBe(true);
    expect(overNormProblems(load, cases)).toEqual([
      '"Topic b" takes 26 min, more than one 25 min sitting',
    ]);
  });

  it('checks only the norms a grade has', () => {
    const first = packetLoad(1, week, [c('a', 20), c('b', 20), c('c', 20), c('d', 20)]);
    expect(first).toMatchObject({ dailyLimitMinutes: null, overNorm: false });
    const senior = packetLoad(11, week, [c('a', 90)]);
    expect(senior).toMatchObject({ sittingLimitMinutes: null, dailyLimitMinutes: 210 });
    expect(senior.overNorm).toBe(false);
  });
});
