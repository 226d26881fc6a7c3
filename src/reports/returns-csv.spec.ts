import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_LANGUAGES, CsvLanguage, csvWords } from './csv-words';
import { ReturnRateView, ReturnsReport } from './report.view';
import { returnsCsv } from './returns-csv';

/** The web app's catalogue of one language: the words the returns screen shows. */
const screenWords = (language: CsvLanguage): Record<string, string> =>
  JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'web', 'src', 'i18n', `${language}.json`), 'utf8'),
  ) as Record<string, string>;

const counts = (due: number, returned: number): ReturnRateView => ({
  sent: 3,
  delivered: 3,
  returned,
  collected: 0,
  reviewed: 0,
  overdue: due - returned,
  due,
  returnRate: due ? returned / due : 0,
  returnPercent: due ? Math.round((100 * returned) / due) : 0,
});

const report: ReturnsReport = {
  asOf: '2026-12-19',
  schoolId: null,
  classes: [{ classId: 'c', label: '5 Ә', ...counts(2, 1) }],
  subjects: [],
  totals: counts(2, 1),
  channels: [
    { channel: 'post', pupils: 2, ...counts(2, 1) },
    { channel: 'by_hand', pupils: 1, ...counts(0, 0) },
  ],
  silentPupils: [],
  overdueDuties: [],
};

const COLUMNS = ['sent', 'delivered', 'returned', 'collected', 'reviewed', 'overdue', 'due'];

describe('the returns CSV', () => {
  it.each(CSV_LANGUAGES)('has the screen’s column headers in %s', (language) => {
    const screen = screenWords(language);
    const header = returnsCsv(report, language).split('\r\n')[2].split(';');
    expect(header.slice(2)).toEqual([
      ...COLUMNS.map((c) => screen[`reports.${c}`]),
      screen['reports.returnRate'],
    ]);
  });

  it.each(CSV_LANGUAGES)('names the channels in %s as the screen does', (language) => {
    const screen = screenWords(language);
    expect(csvWords(language).returns).toMatchObject({
      channelPost: screen['reports.channelPost'],
      channelByHand: screen['channel.by_hand'],
      channelOnline: screen['channel.online'],
      onlineNoPaper: screen['reports.onlineNoPaper'],
    });
  });

  it.each(CSV_LANGUAGES)('says in %s what the screen says of work not due yet', (language) => {
    const screen = screenWords(language);
    const rows = returnsCsv(report, language).split('\r\n');
    const byHand = rows.find((line) => line.includes(screen['channel.by_hand']));
    expect(byHand?.split(';').at(-1)).toBe(screen['reports.nothingDue']);
    expect(rows.find((line) => line.startsWith(`${screen['reports.total']};`))).toMatch(/;50%$/);
  });
});
