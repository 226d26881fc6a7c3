import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '@/common/paths';
import { DELIVERY_MODES, DeliveryMode } from './delivery';

/** The roster's columns by their names in code (also accepted as headers, as before). */
export const ROSTER_COLUMNS = [
  'class',
  'fullName',
  'address',
  'postcode',
  'postOffice',
  'delivery',
  'guardianName',
  'guardianPhone',
] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

export const ROSTER_LANGUAGES = ['kk', 'ru', 'ky'] as const;
export type RosterLanguage = (typeof ROSTER_LANGUAGES)[number];

/** A language's words for the roster file: `templates/roster/<language>.json`. */
export interface RosterWords {
  fileName: string;
  columns: Record<RosterColumn, string>;
  delivery: Record<DeliveryMode, string>;
  example: Record<RosterColumn, string>;
}

const words = new Map<RosterLanguage, RosterWords>();

export function rosterWords(language: RosterLanguage): RosterWords {
  let loaded = words.get(language);
  if (!loaded) {
    const file = join(templatesDir(), 'roster', `${language}.json`);
    loaded = JSON.parse(readFileSync(file, 'utf8')) as RosterWords;
    words.set(language, loaded);
  }
  return loaded;
}

/** Case, spaces, dashes, dots and ё do not matter: "Аты-жөні", "аты жөні" and "АТЫЖӨНІ" match. */
export function looseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\-–_.,:()]/g, '');
}

let headers: Map<string, RosterColumn> | undefined;

/** Header (any language, loosely) -> column. */
function headerLookup(): Map<string, RosterColumn> {
  if (headers) return headers;
  const lookup = new Map<string, RosterColumn>();
  for (const column of ROSTER_COLUMNS) {
    lookup.set(looseKey(column), column);
    for (const language of ROSTER_LANGUAGES)
      lookup.set(looseKey(rosterWords(language).columns[column]), column);
  }
  headers = lookup;
  return lookup;
}

/** The column a header names, in Kazakh, Russian, Kyrgyz or the code's English name; undefined if none. */
export function columnOf(header: string): RosterColumn | undefined {
  return headerLookup().get(looseKey(header));
}

let deliveries: Map<string, DeliveryMode> | undefined;
let examples: Set<string> | undefined;

/** A delivery cell in any of the languages ("үйге дейін", "на дом", "door"); empty means pickup. */
export function deliveryOf(cell: string): DeliveryMode | undefined {
  if (!deliveries) {
    deliveries = new Map([['', 'pickup']]);
    for (const mode of DELIVERY_MODES) {
      deliveries.set(mode, mode);
      for (const language of ROSTER_LANGUAGES)
        deliveries.set(looseKey(rosterWords(language).delivery[mode]), mode);
    }
  }
  return deliveries.get(looseKey(cell));
}

/** The template's example pupil, in any language: a row to replace, never to import. */
export function isExampleName(fullName: string): boolean {
  examples ??= new Set(ROSTER_LANGUAGES.map((l) => looseKey(rosterWords(l).example.fullName)));
  return examples.has(looseKey(fullName));
}

/**
 * The template: headers in the language, one example row, semicolons and a BOM so Excel in a
 * Kazakh, Russian or Kyrgyz locale opens it as columns with Cyrillic intact.
 */
export function rosterTemplate(language: RosterLanguage, withClass: boolean): string {
  const { columns, example } = rosterWords(language);
  const used = ROSTER_COLUMNS.filter((column) => withClass || column !== 'class');
  const line = (cells: string[]) => cells.map(quoted).join(';');
  return `\uFEFF${line(used.map((c) => columns[c]))}\r\n${line(used.map((c) => example[c]))}\r\n`;
}

const quoted = (cell: string): string =>
  /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
