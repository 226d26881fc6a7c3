import { parse } from 'csv-parse/sync';
import { columnOf, deliveryOf, rosterTemplate, rosterWords } from './roster-columns';

describe('roster columns', () => {
  it('accepts each column by its Kazakh, Russian and code name, loosely', () => {
    expect(columnOf('Ата-анасының телефоны')).toBe('guardianPhone');
    expect(columnOf('телефон  родителя')).toBe('guardianPhone');
    expect(columnOf('GUARDIANPHONE')).toBe('guardianPhone');
    expect(columnOf('Аты-жөні')).toBe('fullName');
    expect(columnOf('Notes')).toBeUndefined();
  });

  it('reads delivery in either language', () => {
    expect(deliveryOf('бөлімшеден')).toBe('pickup');
    expect(deliveryOf('На дом')).toBe('door');
    expect(deliveryOf('')).toBe('pickup');
    expect(deliveryOf('by pigeon')).toBeUndefined();
  });

  it.each(['kk', 'ru'] as const)(
    'writes a %s template Excel opens: BOM, semicolons, headers and one example row',
    (language) => {
      const csv = rosterTemplate(language, true);
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const rows = parse(csv.slice(1), { delimiter: ';' });
      expect(rows).toHaveLength(2);
      expect(rows[0].map(columnOf)).toEqual([
        'class',
        'fullName',
        'address',
        'postcode',
        'postOffice',
        'delivery',
        'guardianName',
        'guardianPhone',
      ]);
      expect(rows[0][1]).toBe(rosterWords(language).columns.fullName);
      expect(deliveryOf(rows[1][5])).toBe('pickup');
      expect(rosterTemplate(language, false).split('\r\n')[0]).not.toContain(
        rosterWords(language).columns.class,
      );
    },
  );
});
