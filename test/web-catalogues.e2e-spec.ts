import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';

const catalogue = (language: string): Record<string, string> =>
  JSON.parse(
    readFileSync(join(__dirname, '..', 'web', 'src', 'i18n', `${language}.json`), 'utf8'),
  ) as Record<string, string>;

/** The values a message is filled with, plural and select arguments included. */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && 'value' in element) names.add(String(element.value));
      if ('options' in element)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(text));
  return [...names].sort();
}

/** A screen switched to Russian says everything it says in Kazakh, with the same figures. */
describe('the web app’s Kazakh and Russian catalogues', () => {
  const kk = catalogue('kk');
  const ru = catalogue('ru');

  it('have the same keys', () => {
    const missing = (from: object, to: object) => Object.keys(from).filter((k) => !(k in to));
    expect({ notInRu: missing(kk, ru), notInKk: missing(ru, kk) }).toEqual({
      notInRu: [],
      notInKk: [],
    });
  });

  it('have words for every key and fill in the same values', () => {
    for (const key of Object.keys(kk)) {
      expect([key, kk[key].trim() !== '', ru[key]?.trim() !== '']).toEqual([key, true, true]);
      expect([key, placeholders(ru[key] ?? '')]).toEqual([key, placeholders(kk[key])]);
    }
  });
});
