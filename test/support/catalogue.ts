import { formatMessage, Values } from '../../web/src/i18n/format-message';
import kk from '../../web/src/i18n/kk.json';
import ky from '../../web/src/i18n/ky.json';
import ru from '../../web/src/i18n/ru.json';

export type Language = 'kk' | 'ru' | 'ky';
export type Key = keyof typeof kk;

/** The catalogues as written (ICU messages), by language. */
export const CATALOGUES: Record<Language, Record<Key, string>> = { kk, ru, ky };

/** What the web app says in a language for a catalogue key, its values filled in as the app does. */
export const wordsIn =
  (language: Language) =>
  (key: Key, values?: Values): string => {
    const template = CATALOGUES[language][key];
    // A key made at run time (`status.${event}`) that the catalogue lacks is named, not undefined.
    if (template === undefined) throw new Error(`No catalogue key ${key} in ${language}`);
    return formatMessage(template, language, values);
  };

/** Kazakh, the app's first language. */
export const say = wordsIn('kk');

/**
 * A message whose values the test does not know (a date, a name the server chose): its words
 * in order, `value` (a regular expression, by default anything) in place of each simple `{value}`.
 */
export function pattern(template: string, value = '.*'): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    template
      .split(/\{[^{}]+\}/)
      .map(escape)
      .join(value),
  );
}

/** The catalogue message of a key as a pattern (see `pattern`). */
export const sayAny = (key: Key, language: Language = 'kk', value?: string): RegExp =>
  pattern(CATALOGUES[language][key], value);
