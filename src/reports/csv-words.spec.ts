import { CSV_LANGUAGES, csvWords } from './csv-words';

describe("the reports' CSV words", () => {
  it.each(CSV_LANGUAGES)('has in %s every header and word the Kazakh file has', (language) => {
    const kk = csvWords('kk');
    const words = csvWords(language);
    for (const sheet of Object.keys(kk) as (keyof typeof kk)[])
      expect([sheet, Object.keys(words[sheet]).sort()]).toEqual([
        sheet,
        Object.keys(kk[sheet]).sort(),
      ]);
    expect(words.marks.fileName).toContain('{label}');
    expect(words.returns.fileName).toContain('{asOf}');
  });

  it('writes the Kyrgyz headers in Kyrgyz', () => {
    expect(csvWords('ky').marks).toMatchObject({ pupil: 'Окуучу', mark: 'Баа' });
  });
});
