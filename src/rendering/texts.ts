import MessageFormat from '@messageformat/core';
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

type Message = (values: Record<string, string | number>) => string;
const compiled = new Map<string, Message>();

/**
 * A catalogue text as an ICU message in the texts' language: `{count, plural, one {…} few {…}
 * other {…}}` gives "2 отправления" and "5 отправлений". Compiled once per language and text.
 */
export function say(
  texts: Texts,
  template: string,
  values: Record<string, string | number>,
): string {
  const key = `${texts.locale}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    message = new MessageFormat(texts.locale).compile(template);
    compiled.set(key, message);
  }
  return message(values);
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
