import { nextStudyDay } from './study-limits';

describe('the next study day', () => {
  it('is tomorrow on a school day', () => {
    expect(nextStudyDay('2026-12-07')).toBe('2026-12-08'); // Monday -> Tuesday
  });

  it('skips the weekend: from Friday, Saturday or Sunday it is Monday', () => {
    expect(nextStudyDay('2026-12-04')).toBe('2026-12-07');
    expect(nextStudyDay('2026-12-05')).toBe('2026-12-07');
    expect(nextStudyDay('2026-12-06')).toBe('2026-12-07');
  });

  it('crosses a month and a year', () => {
    expect(nextStudyDay('2026-12-31')).toBe('2027-01-01');
    expect(nextStudyDay('2027-01-01')).toBe('2027-01-04');
  });
});
