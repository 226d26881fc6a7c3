import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '@/common/paths';
import kk from '../../templates/csv/kk.json';

/** The languages staff read spreadsheets in. */
export const CSV_LANGUAGES = ['kk', 'ru', 'ky'] as const;
export type CsvLanguage = (typeof CSV_LANGUAGES)[number];

/** Headers, words and file names of the reports' CSV files; Kazakh defines the keys. */
export type CsvWords = typeof kk;

const loaded = new Map<CsvLanguage, CsvWords>();

export function csvWords(language: CsvLanguage): CsvWords {
  let words = loaded.get(language);
  if (!words) {
    const file = join(templatesDir(), 'csv', `${language}.json`);
    words = JSON.parse(readFileSync(file, 'utf8')) as CsvWords;
    loaded.set(language, words);
  }
  return words;
}
