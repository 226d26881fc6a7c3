import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  columnOf,
  deliveryOf,
  ROSTER_COLUMNS,
  rosterTemplate,
  rosterWords,
} from './roster-columns';

describe('roster columns', () => {
  it('accepts each column by its Kazakh, Russian, Kyrgyz and code name, loosely', () => {
    expect(columnOf('Ата-анасының телефоны')).toBe('guardianPhone');
    expect(columnOf('Ата-энесинин телефону')).toBe('guardianPhone');
    expect(columnOf('Аты-жөнү')).toBe('fullName');
    expect(columnOf('телефон  родителя')).toBe('guardianPhone');
    expect(columnOf('GUARDIANPHONE')).toBe('guardianPhone');
    expect(columnOf('Аты-жөні')).toBe('fullName');
    expect(columnOf('Notes')).toBeUndefined();
  });

  it("accepts the column names the web app's roster hint lists", () => {
    for (const language of ['kk', 'ru', 'ky'] as const) {
      const catalogue = JSON.parse(
        readFileSync(join(__dirname, '../../../web/src/i18n', `${language}.json`), 'utf8'),
      ) as Record<string, string>;
      for (const column of ROSTER_COLUMNS)
        expect([column, columnOf(catalogue[`roster.column.${column}`])]).toEqual([column, column]);
    }
  });

  it('reads delivery in any of the languages', () => {
    expect(deliveryOf('бөлімшеден')).toBe('pickup');
    expect(deliveryOf('Үйгө чейин')).toBe('door');
    expect(deliveryOf('На дом')).toBe('door');
    expect(deliveryOf('')).toBe('pickup');
    expect(deliveryOf('by pigeon')).toBeUndefined();
  });

  it.each(['kk', 'ru', 'ky'] as const)(
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
