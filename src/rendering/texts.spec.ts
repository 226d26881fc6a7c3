import { LANGUAGES } from '@/directory/classes/class-language';
import { fill, formatDate, textsFor } from './texts';

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
});
