import { continuousStudyLimit, dailyStudyLimit } from './study-limits';
import { studyTimeWarnings } from './study-time';

describe('continuous study limit', () => {
  it.each([
    [1, 20],
    [2, 20],
    [3, 25],
    [4, 25],
    [5, 30],
    [9, 30],
  ])('grade %i: %i minutes', (grade, limit) => expect(continuousStudyLimit(grade)).toBe(limit));

  it('sets none for the pre-school class and grades 10-12', () => {
    expect(continuousStudyLimit(0)).toBeUndefined();
    expect(continuousStudyLimit(10)).toBeUndefined();
  });

  it('warns only above the limit', () => {
    expect(studyTimeWarnings(3, 25)).toEqual([]);
    expect(studyTimeWarnings(3, 26)[0]).toMatchObject({
      code: 'case.study_time_exceeded',
      details: { grade: 3, estimatedMinutes: 26, limitMinutes: 25 },
    });
    expect(studyTimeWarnings(3, 26)[0].message).toContain('25 min');
    expect(studyTimeWarnings(11, 90)).toEqual([]);
  });
});

describe('daily study limit', () => {
  it.each([
    [2, 90],
    [3, 90],
    [5, 120],
    [7, 150],
    [11, 210],
  ])('grade %i: %i minutes a day', (grade, limit) => expect(dailyStudyLimit(grade)).toBe(limit));

  it('sets none for the pre-school class and grade 1', () => {
    expect(dailyStudyLimit(0)).toBeUndefined();
    expect(dailyStudyLimit(1)).toBeUndefined();
  });
});
