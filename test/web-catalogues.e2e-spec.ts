import { MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '@/common/paths';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../src/audit/audit-actions';
import languageNames from '../web/src/i18n/language-names.json';
import { CATALOGUES, Language } from './support/catalogue';
import { describe, expect, it } from './support/web';

const catalogue = (language: Language): Record<string, string> => CATALOGUES[language];

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

/** A screen switched to Russian or Kyrgyz says everything it says in Kazakh, with the same figures. */
describe('the web app’s Kazakh, Russian and Kyrgyz catalogues', () => {
  const kk = catalogue('kk');
  const others = { ru: catalogue('ru'), ky: catalogue('ky') };
  const missing = (from: object, to: object) => Object.keys(from).filter((k) => !(k in to));

  for (const [language, other] of Object.entries(others)) {
    it(`${language} has the same keys as kk`, () => {
      expect({ notInOther: missing(kk, other), notInKk: missing(other, kk) }).toEqual({
        notInOther: [],
        notInKk: [],
      });
    });

    it(`${language} has words for every key and fills in the same values`, () => {
      for (const key of Object.keys(kk)) {
        expect([key, kk[key].trim() !== '', other[key]?.trim() !== '']).toEqual([key, true, true]);
        expect([key, placeholders(other[key] ?? '')]).toEqual([key, placeholders(kk[key])]);
      }
    });
  }

  it('says the Kyrgyz screens in Kyrgyz, not copied from the other two', () => {
    // Words the languages share (Логин, Класс, SMS) are few; a copied catalogue is not.
    const copied = Object.keys(kk).filter(
      (key) => others.ky[key] === kk[key] || others.ky[key] === others.ru[key],
    );
    expect(copied.length).toBeLessThan(Object.keys(kk).length / 10);
  });

  it('words every kind of audited record and every audited action, in no gendered verb', () => {
    const keys = [
      ...AUDIT_ENTITIES.map((entity) => `audit.entity.${entity}`),
      ...AUDIT_ACTIONS.map((action) => `audit.action.${action}`),
    ];
    for (const words of [kk, others.ru, others.ky])
      expect(keys.filter((key) => !words[key])).toEqual([]);
    // "добавил(а)" reads as about a man or a woman: the log says what was done, not by whom.
    const gendered = keys.filter((key) => /\([аa]\)|ил\b|ал\b/.test(others.ru[key]));
    expect(gendered).toEqual([]);
  });

  it('keeps the Kyrgyz glossary: жөнөтүү is sending, пакет the envelope, on screens and paper', () => {
    const paper = ['i18n', 'csv', 'sms', 'roster'].map(
      (kind) =>
        JSON.parse(
          readFileSync(join(projectRoot(__dirname), 'templates', kind, 'ky.json'), 'utf8'),
        ) as object,
    );
    const texts = [...Object.values(others.ky), ...paper.map((words) => JSON.stringify(words))];
    // docs/glossary.md: one word for sending, and the packet is never called a "sending".
    expect(texts.filter((text) => /жибер/i.test(text))).toEqual([]);
    const packetAsSending = /(\d|#|экинчи|мындай)\s+жөнөтүү|жөнөтүүнүн коду/i;
    expect(texts.filter((text) => packetAsSending.test(text))).toEqual([]);
    // A subject is "предмет"; "сабак" is a lesson (one sitting), never a subject.
    const subjectAsLesson =
      /сабак(тар|тын|ка|ты)?\s+(боюнча кейс|мугалими)|жок сабактар|ар бир сабакка/i;
    expect(Object.values(others.ky).filter((text) => subjectAsLesson.test(text))).toEqual([]);
  });

  it('labels a subject with one word on every screen of a language', () => {
    for (const words of [kk, others.ru, others.ky])
      expect(
        new Set(
          ['cases.subject', 'schedule.subject', 'audit.field.subjectCode'].map((k) => words[k]),
        ).size,
      ).toBe(1);
  });

  it('names each language in the switcher as its own catalogue names it', () => {
    const names: Record<string, string> = languageNames;
    expect(names).toEqual({
      kk: kk['language.kk'],
      ru: others.ru['language.ru'],
      ky: others.ky['language.ky'],
    });
    expect(names.ky).toBe('Кыргызча');
  });
});
