import { marksCsv } from './marks-csv';

describe('marksCsv', () => {
  const at = new Date('2026-12-18T20:30:00Z'); // 19.12.2026 in Kazakhstan
  const marks = [
    {
      fullName: 'Әлиев Нұрсұлтан',
      subjectName: 'Математика',
      topic: 'Бөлшектер; қосу',
      reviewedAt: at,
      mark: 8,
      passed: null,
    },
    {
      fullName: 'Әлиев Нұрсұлтан',
      subjectName: 'Дене шынықтыру',
      topic: 'Жаттығулар',
      reviewedAt: at,
      mark: null,
      passed: true,
    },
    {
      fullName: 'Қасымова Айгерім',
      subjectName: 'Музыка',
      topic: 'Күй',
      reviewedAt: at,
      mark: null,
      passed: false,
    },
  ];

  it('writes pupil, subject, topic, date and mark or passed/failed in Kazakh', () => {
    const lines = marksCsv(marks, 'kk').split('\r\n');
    expect(lines[0]).toBe('\uFEFFОқушы;Пән;Тақырып;Күні;Баға');
    expect(lines[1]).toBe('Әлиев Нұрсұлтан;Математика;"Бөлшектер; қосу";19.12.2026;8');
    expect(lines[2]).toBe('Әлиев Нұрсұлтан;Дене шынықтыру;Жаттығулар;19.12.2026;сынақтан өтті');
    expect(lines[3]).toBe('Қасымова Айгерім;Музыка;Күй;19.12.2026;сынақтан өтпеді');
  });

  it('writes Russian headers and words', () => {
    const lines = marksCsv(marks, 'ru').split('\r\n');
    expect(lines[0]).toBe('\uFEFFУченик;Предмет;Тема;Дата;Оценка');
    expect(lines[3]).toContain(';не зачтено');
  });
});
