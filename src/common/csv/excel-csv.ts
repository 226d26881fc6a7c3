import { parse } from 'csv-parse';
import { finished } from 'node:stream/promises';
import { setImmediate } from 'node:timers/promises';
import { fail } from '../errors/domain-error';

export type CsvRecord = Record<string, string>;

/** Characters parsed between two turns of the event loop (about 2 ms; a 50,000-row file is ~250 slices). */
const SLICE = 16 * 1024;

/**
 * Reads what Excel saves: UTF-8 with or without BOM, comma or semicolon separated (the
 * header line decides), one record per row keyed by the trimmed column names. Parsed in
 * slices, so a large file never holds up the requests that come meanwhile.
 */
export async function parseExcelCsv(
  content: Buffer,
  kind: 'roster' | 'office_list',
): Promise<CsvRecord[]> {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  if (text.includes('\uFFFD'))
    throw fail(
      `${kind}.not_utf8`,
      'The file is not UTF-8 text. In Excel choose "CSV UTF-8" when saving.',
    );
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
  const parser = parse({
    delimiter,
    columns: (header: string[]) => header.map((name) => name.trim()),
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  const records: CsvRecord[] = [];
  parser.on('readable', () => {
    let record = parser.read() as CsvRecord | null;
    for (; record; record = parser.read() as CsvRecord | null) records.push(record);
  });
  const done = finished(parser);
  for (const slice of slices(text)) {
    if (parser.destroyed) break;
    parser.write(slice);
    await setImmediate();
  }
  parser.end();
  try {
    await done;
  } catch (error) {
    throw fail(`${kind}.unreadable`, `The file is not a readable CSV: ${(error as Error).message}`);
  }
  return records;
}

/** Pieces of about SLICE characters, cut after a line break (never inside a character). */
function* slices(text: string): Generator<string> {
  for (let start = 0; start < text.length;) {
    const cut = text.indexOf('\n', start + SLICE);
    const end = cut === -1 ? text.length : cut + 1;
    yield text.slice(start, end);
    start = end;
  }
}

const count = (text: string, char: string): number => text.split(char).length - 1;
