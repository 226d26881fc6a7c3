import { formatPostcode, normalisePostcode } from './postcode';

describe('normalisePostcode', () => {
  it.each([
    ['050010', '050010'],
    [' 050 010 ', '050010'],
    ['A15E3C5', 'A15E3C5'],
    ['a15 e3c5', 'A15E3C5'],
    ['А15Е3С5', 'A15E3C5'], // typed with Cyrillic А, Е, С
    ['Х12К3М4', 'X12K3M4'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(['05001', '0500100', 'A15E3C', '15AE3C5', 'Ә15E3C5', ''])('rejects %s', (input) => {
    expect(normalisePostcode(input)).toBeUndefined();
  });

  it('prints the new form with a space', () => {
    expect(formatPostcode('A15E3C5')).toBe('A15 E3C5');
    expect(formatPostcode('050010')).toBe('050010');
  });
});
