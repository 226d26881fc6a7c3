import { localDate } from '@/common/dates';
import { csvCell } from '@/rendering/manifest-csv';
import { formatDate } from '@/rendering/texts';
import { CsvLanguage, csvWords } from './csv-words';
import type { ClassMark } from './reports.repository';

/**
 * A class's marks for the school's e-journal: pupil, subject, topic, the day it was reviewed,
 * and the mark or passed/failed, headers in the reader's language. BOM for Excel.
 */
export function marksCsv(marks: ClassMark[], language: CsvLanguage): string {
  const words = csvWords(language).marks;
  const lines = [
    [words.pupil, words.subject, words.topic, words.date, words.mark],
    ...marks.map((m) => [
      m.fullName,
      m.subjectName,
      m.topic,
      formatDate(localDate(new Date(m.reviewedAt))),
      m.mark !== null ? String(m.mark) : m.passed ? words.passed : words.failed,
    ]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
