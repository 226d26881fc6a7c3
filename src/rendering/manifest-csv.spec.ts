import { csvCell, manifestCsv } from './manifest-csv';

describe('manifest CSV', () => {
  it('starts with a BOM and separates with semicolons', () => {
    const csv = manifestCsv([
      {
        no: 1,
        code: 'RR123456785KZ',
        recipient: 'Әлиев Нұр',
        address: 'Абай к. 1; пәтер 2',
        postcode: 'A15E3C5',
        office: 'Көктал',
      },
    ]);
    expect(csv.startsWith('\uFEFFno;code;recipient')).toBe(true);
    expect(csv).toContain('1;RR123456785KZ;Әлиев Нұр;"Абай к. 1; пәтер 2";A15E3C5;Көктал\r\n');
  });

  it('never lets a cell become a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-2+3+cmd|calc')).toBe("'-2+3+cmd|calc");
    expect(csvCell('+77011234567')).toBe('+77011234567');
  });
});
