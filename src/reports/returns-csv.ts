import { localDate } from '@/common/dates';
import { csvCell } from '@/rendering/manifest-csv';
import { percent } from './report-arithmetic';
import { ReturnsReport } from './report.view';

const COUNT_COLUMNS = [
  'sent',
  'delivered',
  'returned',
  'collected',
  'reviewed',
  'overdue',
] as const;

/** The returns report as one sheet: classes, subjects, then pupils to call. BOM for Excel. */
export function returnsCsv(report: ReturnsReport): string {
  const lines: string[][] = [
    ['asOf', report.asOf],
    [],
    ['level', 'name', ...COUNT_COLUMNS, 'returnRate'],
  ];
  for (const row of report.classes)
    lines.push([
      'class',
      row.label,
      ...COUNT_COLUMNS.map((k) => String(row[k])),
      percent(row.returnRate),
    ]);
  for (const row of report.subjects)
    lines.push([
      'subject',
      `${row.nameKk} / ${row.nameRu}`,
      ...COUNT_COLUMNS.map((k) => String(row[k])),
      percent(row.returnRate),
    ]);
  lines.push([
    'total',
    '',
    ...COUNT_COLUMNS.map((k) => String(report.totals[k])),
    percent(report.totals.returnRate),
  ]);
  lines.push([], ['pupil', 'class', 'guardian', 'phone', 'lastReturnedAt']);
  for (const pupil of report.silentPupils) {
    lines.push([
      pupil.fullName,
      pupil.classLabel,
      pupil.guardianName,
      pupil.guardianPhone,
      pupil.lastReturnedAt ? localDate(new Date(pupil.lastReturnedAt)) : '',
    ]);
  }
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
