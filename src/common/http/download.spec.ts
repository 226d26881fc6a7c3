import { asciiName } from './download';

describe('the ASCII file name beside the UTF-8 one', () => {
  it('spells Cyrillic letters in Latin, so two classes never share a name', () => {
    expect(asciiName('packets-5Ә-2026-12-04.pdf')).toBe('packets-5A-2026-12-04.pdf');
    expect(asciiName('packets-5Б-2026-12-04.pdf')).toBe('packets-5B-2026-12-04.pdf');
    expect(asciiName('packet-5Ә-Әлиев-Нұрсұлтан-RR123456785KZ.pdf')).toBe(
      'packet-5A-Aliev-Nursultan-RR123456785KZ.pdf',
    );
    expect(asciiName('a"b✓.pdf')).toBe('ab_.pdf');
  });
});
