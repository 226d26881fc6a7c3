import { subjectName } from './subject-name';

describe("a subject's name on screen", () => {
  const algebra = { nameKk: 'Алгебра (kk)', nameRu: 'Алгебра (ru)', nameKy: 'Алгебра (ky)' };

  it("is in the reader's language", () => {
    expect(subjectName(algebra, 'kk')).toBe('Алгебра (kk)');
    expect(subjectName(algebra, 'ru')).toBe('Алгебра (ru)');
    expect(subjectName(algebra, 'ky')).toBe('Алгебра (ky)');
  });

  it('falls back to Kazakh in Kyrgyz when the catalogue has no Kyrgyz name, as packets print', () => {
    expect(subjectName({ ...algebra, nameKy: null }, 'ky')).toBe('Алгебра (kk)');
    expect(subjectName({ nameKk: 'Тарих', nameRu: 'История' }, 'ky')).toBe('Тарих');
  });
});
