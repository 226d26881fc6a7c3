import { checkS10, formatS10, normaliseScannedCode, s10CheckDigit } from './s10';

describe('S10 check digit', () => {
  it.each([
    ['12345678', 5], // RR123456785KZ, the UPU example
    ['47312482', 9], // RA473124829..
    ['01669519', 0], // CC016695190KZ: c = 10 becomes 0
    ['00000015', 5], // CP000000155..: c = 11 becomes 5
  ])('serial %s has check digit %i', (serial, digit) => {
    expect(s10CheckDigit(serial)).toBe(digit);
  });

  it('formats a serial from the allotted range', () => {
    expect(formatS10('RR', 12345678)).toBe('RR123456785KZ');
    expect(formatS10('CC', 1669519)).toBe('CC016695190KZ');
  });

  it('refuses a serial that is not 8 digits', () => {
    expect(() => s10CheckDigit('1234567')).toThrow(/8 digits/);
  });
});

describe('checkS10', () => {
  it('accepts a valid code', () =>
    expect(checkS10('RA473124829KZ')).toEqual({ valid: true, code: 'RA473124829KZ' }));
  it('names a wrong check digit', () =>
    expect(checkS10('RR123456784KZ')).toMatchObject({ valid: false, reason: 'check_digit' }));
  it.each(['RR12345678KZ', 'R1123456785KZ', 'RR123456785K', ''])(
    'names a malformed code %s',
    (code) => {
      expect(checkS10(code)).toMatchObject({ valid: false, reason: 'format' });
    },
  );
});

describe('normaliseScannedCode', () => {
  it('maps the Russian layout back to Latin', () =>
    expect(normaliseScannedCode('КК123456785ЛЯ')).toBe('RR123456785KZ'));
  it('maps the Kazakh digit row back to digits', () =>
    expect(normaliseScannedCode('RRӘІҢҒ6789ҚKZ')).toBe('RR234567890KZ'));
  it('drops spaces and fixes case', () =>
    expect(normaliseScannedCode(' rr 1234 5678 5kz\n')).toBe('RR123456785KZ'));
});
