import { needsShortName, PAPER_NAME_MAX, paperName } from './paper-name';

describe('a school’s name on paper', () => {
  it('asks for a short name only when the full name is long', () => {
    expect(needsShortName('Көктал мектебі')).toBe(false);
    expect(needsShortName('М'.repeat(PAPER_NAME_MAX))).toBe(false);
    expect(needsShortName('М'.repeat(PAPER_NAME_MAX + 1))).toBe(true);
  });

  it('prints the short name when there is one, the full name otherwise', () => {
    expect(paperName({ name: 'Long official name', shortName: 'Short' })).toBe('Short');
    expect(paperName({ name: 'Көктал мектебі', shortName: null })).toBe('Көктал мектебі');
    expect(paperName({ name: 'Көктал мектебі' })).toBe('Көктал мектебі');
  });
});
