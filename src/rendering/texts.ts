import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatesDir } from '@/common/paths';
import { Language, LANGUAGES } from '@/directory/classes/class-language';
import kk from '../../templates/i18n/kk.json';

/** The fixed wording of packets and manifests; Kazakh defines the keys every language has. */
export type Texts = typeof kk;

let loaded: Record<Language, Texts> | undefined;

export function textsFor(language: Language): Texts {
  loaded ??= Object.fromEntries(
    LANGUAGES.map((lang) => [
      lang,
      JSON.parse(readFileSync(join(templatesDir(), 'i18n', `${lang}.json`), 'utf8')) as Texts,
    ]),
  ) as Record<Language, Texts>;
  return loaded[language];
}

/** Replaces {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}

/** 2026-12-15 -> 15.12.2026, as dates are written in Kazakhstan. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
