import { addDays, byClass, byName, formatDate, formatDateTime } from './format';

describe('how screens write dates and order names', () => {
  it('writes a day as 19.12.2026 in every language, whatever the zone of the laptop', () => {
    expect(formatDate('2026-12-19', 'kk')).toBe('19.12.2026');
    expect(formatDate('2026-12-19', 'ru')).toBe('19.12.2026');
    expect(formatDate('2026-12-19', 'ky')).toBe('19.12.2026');
    expect(formatDate('2026-01-05')).toBe('05.01.2026');
  });

  it("writes an instant in Almaty's time, 24-hour", () => {
    // 19:30 UTC is 00:30 the next day in Almaty (UTC+5).
    expect(formatDateTime('2026-12-19T19:30:00Z', 'kk')).toBe('20.12.2026 00:30');
    expect(formatDate(new Date('2026-12-19T19:30:00Z'))).toBe('20.12.2026');
    expect(formatDateTime('2026-12-19T09:05:00Z', 'ru')).toBe('19.12.2026 14:05');
  });

  it('adds days across a month and a year', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('orders names in Kazakh alphabetical order, Ә after А, not last', () => {
    const names = ['Әлиев', 'Бекова', 'Абаев', 'Қасымов', 'Иванов'];
    expect(byName(names, (n) => n)).toEqual(['Абаев', 'Әлиев', 'Бекова', 'Иванов', 'Қасымов']);
    expect(
      byClass([
        { grade: 5, letter: 'Ә' },
        { grade: 5, letter: 'Б' },
        { grade: 5, letter: 'А' },
        { grade: 4, letter: 'Б' },
      ]).map((c) => `${c.grade}${c.letter}`),
    ).toEqual(['4Б', '5А', '5Ә', '5Б']);
  });

  it('puts Қ after К, Ө after О, Ұ Ү after У, І after Ы, all before Я', () => {
    const names = [
      'Ясауи',
      'Ілияс',
      'Ыбырай',
      'Үміт',
      'Ұлан',
      'Уәлиев',
      'Өмір',
      'Орал',
      'Қасым',
      'Кенже',
    ];
    expect(byName(names, (n) => n)).toEqual([
      'Кенже',
      'Қасым',
      'Орал',
      'Өмір',
      'Уәлиев',
      'Ұлан',
      'Үміт',
      'Ыбырай',
      'Ілияс',
      'Ясауи',
    ]);
  });

  it('puts І after Ы whatever collation data the browser has, Ё with Е, a shorter name first', () => {
    const names = ['Қасымова Ә.', 'Ібраев Н.', 'Болатов А.', 'Иванов Ё.', 'Ан Б.', 'Анар', 'Ёлкин'];
    expect(byName(names, (n) => n)).toEqual([
      'Ан Б.',
      'Анар',
      'Болатов А.',
      'Ёлкин',
      'Иванов Ё.',
      'Қасымова Ә.',
      'Ібраев Н.',
    ]);
  });

  it('orders Kyrgyz names in the Kyrgyz alphabet: Ң after Н, Ө after О, Ү after У', () => {
    const names = [
      'Үсөнов',
      'Уметов',
      'Өмүрбеков',
      'Осмонов',
      'Ңоо',
      'Назаров',
      'Жумабаев',
      'Ысмайылов',
    ];
    expect(byName(names, (n) => n)).toEqual([
      'Жумабаев',
      'Назаров',
      'Ңоо',
      'Осмонов',
      'Өмүрбеков',
      'Уметов',
      'Үсөнов',
      'Ысмайылов',
    ]);
  });
});
