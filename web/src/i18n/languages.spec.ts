import { isLanguage, LANGUAGES } from './languages';

describe('the screens’ languages', () => {
  it('are Kazakh, Russian and Kyrgyz, and nothing else is taken for one', () => {
    expect(LANGUAGES).toEqual(['kk', 'ru', 'ky']);
    for (const language of LANGUAGES) expect(isLanguage(language)).toBe(true);
    for (const other of ['en', 'KK', '', null, undefined, 7]) expect(isLanguage(other)).toBe(false);
  });
});
