import { IntlMessageFormat } from 'intl-messageformat';

export type Values = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/**
 * A catalogue message in ICU syntax ("{count, plural, one {# класс} few {# класса} many
 * {# классов} other {# класса}}"), so numbers take the right word form in Russian and Kazakh.
 * A message missing one of its values (an error's details) keeps that placeholder as written.
 */
export function formatMessage(template: string, language: string, values: Values = {}): string {
  const key = `${language}\u0000${template}`;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(template, language);
    compiled.set(key, message);
  }
  try {
    return String(message.format(values));
  } catch {
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  }
}
