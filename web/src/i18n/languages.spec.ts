import { csvLanguage, isLanguage, LANGUAGES } from './languages';

describe('the screens’ languages', () => {
  it('are Kazakh, Russian and Kyrgyz, and nothing else is taken for one', () => {
    expect(LANGUAGES).toEqual(['kk', 'ru', 'ky']);
    for (const language of LANGUAGES) expect(isLanguage(language)).toBe(true);
    for (const other of ['en', 'KK', '', null, undefined, 7]) expect(isLanguage(other)).toBe(false);
  });

  it("ask the reports' CSV headers in Kazakh or Russian, Russian for a Kyrgyz reader", () => {
    expect(csvLanguage('kk')).toBe('kk');
    expect(csvLanguage('ru')).toBe('ru');
    expect(csvLanguage('ky')).toBe('ru');
  });
});
