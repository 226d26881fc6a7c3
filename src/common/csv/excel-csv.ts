import { parse } from 'csv-parse/sync';
import { fail } from '../errors/domain-error';

export type CsvRecord = Record<string, string>;

/**
 * Reads what Excel saves: UTF-8 with or without BOM, comma or semicolon separated (the
 * header line decides), one record per row keyed by the trimmed column names.
 */
export function parseExcelCsv(content: Buffer, kind: 'roster' | 'office_list'): CsvRecord[] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD'))
    throw fail(
      `${kind}.not_utf8`,
      'The file is not UTF-8 text. In Excel choose "CSV UTF-8" when saving.',
    );
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  try {
    return parse<CsvRecord>(text, {
      delimiter,
      columns: (header: string[]) => header.map((name) => name.trim()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw fail(`${kind}.unreadable`, `The file is not a readable CSV: ${(error as Error).message}`);
  }
}

const count = (text: string, char: string): number => text.split(char).length - 1;
