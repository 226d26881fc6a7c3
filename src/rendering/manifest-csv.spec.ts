import { csvCell, manifestCsv, textCell } from './manifest-csv';
import { textsFor } from './texts';

const row = {
  no: 1,
  code: 'RR123456785KZ',
  recipient: 'Әлиев Нұр',
  address: 'Абай к. 1; пәтер 2',
  postcode: '041011',
  office: '041011 Көктал',
  delivery: 'door' as const,
  phone: '+77012345678',
};

describe('manifest CSV', () => {
  it('starts with a BOM, headers in the reader’s language, separated by semicolons', () => {
    const csv = manifestCsv([row], textsFor('ru'));
    expect(csv.startsWith('\uFEFF№;Код отправления;Получатель;')).toBe(true);
    expect(csv.split('\r\n')[1]).toBe(
      '1;RR123456785KZ;Әлиев Нұр;до двери;"=""041011""";041011 Көктал;"Абай к. 1; пәтер 2";"=""+7 701 234 56 78"""',
    );
    expect(manifestCsv([row], textsFor('kk')).startsWith('\uFEFF№;Жөнелтілім коды;Алушы;')).toBe(
      true,
    );
  });

  it('keeps postcodes and phones as text, spaced as people read them', () => {
    expect(textCell('041011')).toBe('"=""041011"""');
    expect(textCell('A15 E3C5')).toBe('"=""A15 E3C5"""');
    expect(textCell('+7 701 234 56 78")')).toBe('"=""+7 701 234 56 78"""');
  });

  it('never lets a cell become a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(csvCell('+77011234567')).toBe('+77011234567');
  });
});
