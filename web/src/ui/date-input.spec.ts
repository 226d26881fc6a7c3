import { parseTypedDay, showTypedDay } from './date-input';

describe('a date typed as 19.12.2026', () => {
  it('reads the day the API takes, with or without leading zeros', () => {
    expect(parseTypedDay('19.12.2026')).toEqual({ day: '2026-12-19' });
    expect(parseTypedDay(' 1.2.2027 ')).toEqual({ day: '2027-02-01' });
    expect(parseTypedDay('05/03/2027')).toEqual({ day: '2027-03-05' });
    expect(parseTypedDay('2026-12-19')).toEqual({ day: '2026-12-19' });
  });

  it('is nothing when the field is left empty', () => {
    expect(parseTypedDay('  ')).toEqual({ day: '' });
  });

  it('says when it is not written as a date', () => {
    expect(parseTypedDay('19.12')).toEqual({ day: '', problem: 'format' });
    expect(parseTypedDay('12/19/26')).toEqual({ day: '', problem: 'format' });
    expect(parseTypedDay('ертең')).toEqual({ day: '', problem: 'format' });
  });

  it('says when there is no such day', () => {
    expect(parseTypedDay('31.02.2027')).toEqual({ day: '', problem: 'impossible' });
    expect(parseTypedDay('29.02.2027')).toEqual({ day: '', problem: 'impossible' });
    expect(parseTypedDay('29.02.2028')).toEqual({ day: '2028-02-29' });
    expect(parseTypedDay('12.19.2026')).toEqual({ day: '', problem: 'impossible' });
    expect(parseTypedDay('00.01.2027')).toEqual({ day: '', problem: 'impossible' });
    expect(parseTypedDay('01.01.0999')).toEqual({ day: '', problem: 'impossible' });
  });

  it('refuses a day before the first or after the last allowed', () => {
    expect(parseTypedDay('05.12.2026', '2026-12-06')).toEqual({ day: '', problem: 'tooEarly' });
    expect(parseTypedDay('06.12.2026', '2026-12-06')).toEqual({ day: '2026-12-06' });
    expect(parseTypedDay('05.04.2027', undefined, '2027-04-04')).toEqual({
      day: '',
      problem: 'tooLate',
    });
  });

  it('shows a day back the same way, and nothing for no day', () => {
    expect(showTypedDay('2026-12-19')).toBe('19.12.2026');
    expect(showTypedDay('')).toBe('');
    expect(parseTypedDay(showTypedDay('2027-01-05'))).toEqual({ day: '2027-01-05' });
  });
});
