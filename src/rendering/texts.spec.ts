import { LANGUAGES } from '@/directory/classes/class-language';
import { fill, formatDate, say, textsFor } from './texts';

describe('packet texts', () => {
  it('has every key in every language, none empty', () => {
    const keys = Object.keys(textsFor('kk')).sort();
    for (const language of LANGUAGES) {
      const texts = textsFor(language);
      expect(Object.keys(texts).sort()).toEqual(keys);
      expect(Object.values(texts).filter((v) => !v.trim())).toEqual([]);
    }
  });

  it('fills placeholders and formats dates', () => {
    expect(fill('{page}-бет, барлығы {total}', { page: 2, total: 5 })).toBe('2-бет, барлығы 5');
    expect(formatDate('2026-12-05')).toBe('05.12.2026');
  });

  it('says counts with the language’s plural forms', () => {
    const ru = textsFor('ru');
    const total = (count: number) => say(ru, ru.manifestTotal, { count });
    expect([1, 2, 5, 11, 21, 22].map(total)).toEqual([
      'Всего: 1 отправление',
      'Всего: 2 отправления',
      'Всего: 5 отправлений',
      'Всего: 11 отправлений',
      'Всего: 21 отправление',
      'Всего: 22 отправления',
    ]);
    expect(say(ru, ru.estimatedMinutes, { minutes: 21 })).toBe('Время выполнения: около 21 минуты');
    expect(say(ru, ru.estimatedMinutes, { minutes: 30 })).toBe('Время выполнения: около 30 минут');
    const kk = textsFor('kk');
    expect(say(kk, kk.manifestTotal, { count: 2 })).toBe('Барлығы: 2 жөнелтілім');
  });
});
