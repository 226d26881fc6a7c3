import { localDate } from '@/common/dates';
import { csvCell } from '@/rendering/manifest-csv';
import { formatDate } from '@/rendering/texts';
import { CsvLanguage, csvWords } from './csv-words';
import { ReturnRateView, ReturnsReport, SubjectReturns } from './report.view';

const COUNT_COLUMNS = [
  'sent',
  'delivered',
  'returned',
  'collected',
  'reviewed',
  'overdue',
  'due',
] as const;

/**
 * The returns report as one sheet in the reader's language: classes, subjects, channels, then
 * pupils to call (each with their channel: never online). The rate is the report's own whole
 * percent, as the screen shows it; the headers are the screen's words (a test compares them). BOM for Excel.
 */
export function returnsCsv(report: ReturnsReport, language: CsvLanguage): string {
  const words = csvWords(language).returns;
  // Nothing due yet is said in words, as on the screen, never a rate of 0%.
  const counts = (row: ReturnRateView) => [
    ...COUNT_COLUMNS.map((k) => String(row[k])),
    row.due === 0 ? words.nothingDue : `${row.returnPercent}%`,
  ];
  const lines: string[][] = [
    [words.asOf, formatDate(report.asOf)],
    [],
    [words.level, words.name, ...COUNT_COLUMNS.map((k) => words[k]), words.returnPercent],
  ];
  for (const row of report.classes) lines.push([words.class, row.label, ...counts(row)]);
  for (const row of report.subjects)
    lines.push([words.subject, subjectName(row, language), ...counts(row)]);
  lines.push([words.total, '', ...counts(report.totals)]);
  const channelName = {
    post: words.channelPost,
    by_hand: words.channelByHand,
    online: words.channelOnline,
  };
  // Online pupils get no paper: their row says so where a return rate would be.
  for (const row of report.channels)
    lines.push([
      words.channel,
      `${channelName[row.channel]} (${words.channelPupils}: ${row.pupils})`,
      ...(row.channel === 'online'
        ? [...counts(row).slice(0, -1), words.onlineNoPaper]
        : counts(row)),
    ]);
  lines.push(
    [],
    [words.pupil, words.class, words.guardian, words.phone, words.lastReturnedAt, words.channel],
  );
  for (const pupil of report.silentPupils) {
    lines.push([
      pupil.fullName,
      pupil.classLabel,
      pupil.guardianName,
      pupil.guardianPhone,
      pupil.lastReturnedAt ? formatDate(localDate(new Date(pupil.lastReturnedAt))) : '',
      pupil.channel === 'by_hand' ? words.channelByHand : words.channelPost,
    ]);
  }
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** A subject in the reader's language, as the screens name it (Kyrgyz falls back to Kazakh). */
function subjectName(row: SubjectReturns, language: CsvLanguage): string {
  if (language === 'ru') return row.nameRu;
  return (language === 'ky' ? row.nameKy : null) ?? row.nameKk;
}
