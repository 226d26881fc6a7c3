import { formatPhone } from '@domain/directory/phone';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { $api } from '../api/client';
import { downloadFile } from '../api/download';
import { useSubjectName } from '../cases/queries';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../ui/DateField';
import { byName, formatDate, localDay } from '../ui/format';
import { Link } from '../ui/router';
import { ScrollRegion } from '../ui/ScrollRegion';

type Counts = components['schemas']['TotalReturns'];
const COLUMNS = [
  'sent',
  'delivered',
  'returned',
  'collected',
  'reviewed',
  'overdue',
  'due',
] as const;

/**
 * Returns as of a day: per class and per subject, with the return rate drawn as a bar; the
 * pupils silent for 28 days as a call list; late collection duties; the CSV for Excel.
 */
export function ReportsScreen() {
  const { t, language } = useI18n();
  const subjectName = useSubjectName();
  const [asOf, setAsOf] = useState(localDay());
  const report = $api.useQuery(
    'get',
    '/reports/returns',
    { params: { query: { asOf: asOf || undefined } } },
    { placeholderData: keepPreviousData },
  );
  const data = report.data;
  // `rate`: what the last column says instead of a rate (online pupils get no paper).
  const row = (key: string, label: React.ReactNode, counts: Counts, rate?: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {COLUMNS.map((c) => (
        <td key={c} className={c === 'overdue' && counts.overdue > 0 ? 'late' : undefined}>
          {counts[c]}
        </td>
      ))}
      <td>
        {rate !== undefined || counts.due === 0 ? (
          (rate ?? t('reports.nothingDue'))
        ) : (
          <>
            <span className="rate">
              <span className="rate-bar" style={{ width: `${counts.returnPercent}%` }} />
            </span>{' '}
            {counts.returnPercent}%
          </>
        )}
      </td>
    </tr>
  );
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {COLUMNS.map((c) => (
          <th scope="col" key={c}>
            {t(`reports.${c}`)}
          </th>
        ))}
        <th scope="col">{t('reports.returnRate')}</th>
      </tr>
    </thead>
  );
  return (
    <main className="wide">
      <h1>{t('reports.title')}</h1>
      <div className="filters no-print">
        <DateField
          id="reports-as-of"
          label={t('reports.asOf')}
          max={localDay()}
          value={asOf}
          onChange={setAsOf}
        />
        <button
          type="button"
          onClick={() =>
            void downloadFile(
              `/reports/returns.csv?asOf=${asOf || localDay()}&language=${language}`,
              t('reports.csvFile', { date: formatDate(asOf || localDay(), language) }),
            )
          }
        >
          {t('reports.csv')}
        </button>
      </div>
      <p className="hint">{t('reports.rateHint')}</p>
      {data && (
        <>
          <ScrollRegion label={t('reports.byClass', { date: formatDate(data.asOf, language) })}>
            <table className="report-table" aria-busy={report.isFetching}>
              <caption>{t('reports.byClass', { date: formatDate(data.asOf, language) })}</caption>
              {head(t('classes.class'))}
              <tbody>
                {data.classes.map((c) =>
                  row(c.classId, <Link to={`/reports/classes/${c.classId}`}>{c.label}</Link>, c),
                )}
                {row('total', t('reports.total'), data.totals)}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t('reports.byChannel')}>
            <table className="report-table">
              <caption>{t('reports.byChannel')}</caption>
              {head(t('pupils.channel'))}
              <tbody>
                {data.channels.map((c) =>
                  row(
                    c.channel,
                    t('reports.channelPupils', {
                      label: t(
                        c.channel === 'post' ? 'reports.channelPost' : `channel.${c.channel}`,
                      ),
                      count: c.pupils,
                    }),
                    c,
                    c.channel === 'online' ? t('reports.onlineNoPaper') : undefined,
                  ),
                )}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion label={t('reports.bySubject')}>
            <table className="report-table">
              <caption>{t('reports.bySubject')}</caption>
              {head(t('cases.subject'))}
              <tbody>
                {data.subjects.map((s) =>
                  row(s.subjectCode, subjectName(s.subjectCode, s.nameKk), s),
                )}
              </tbody>
            </table>
          </ScrollRegion>
          <section aria-labelledby="silent">
            <h2 id="silent">{t('reports.silent', { count: data.silentPupils.length })}</h2>
            <ScrollRegion label={t('reports.silent', { count: data.silentPupils.length })}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('pupils.fullName')}</th>
                    <th scope="col">{t('classes.class')}</th>
                    <th scope="col">{t('pupils.channel')}</th>
                    <th scope="col">{t('pupils.guardianName')}</th>
                    <th scope="col">{t('pupils.guardianPhone')}</th>
                    <th scope="col">{t('reports.lastReturned')}</th>
                  </tr>
                </thead>
                <tbody>
                  {byName(data.silentPupils, (p) => p.fullName).map((p) => (
                    <tr key={p.studentId}>
                      <td>{p.fullName}</td>
                      <td>{p.classLabel}</td>
                      <td>{t(`channel.${p.channel}`)}</td>
                      <td>{p.guardianName}</td>
                      <td className="nowrap">{formatPhone(p.guardianPhone)}</td>
                      <td>
                        {p.lastReturnedAt
                          ? formatDate(p.lastReturnedAt, language)
                          : t('reports.never')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
          {data.overdueDuties.length > 0 && (
            <section aria-labelledby="late-duties">
              <h2 id="late-duties">{t('reports.lateDuties')}</h2>
              <ul>
                {data.overdueDuties.map((d) => (
                  <li key={d.id} className="late">
                    {t('reports.lateDuty', {
                      name: d.teacherName,
                      days: d.daysOverdue,
                      date: formatDate(d.nextDueOn, language),
                    })}{' '}
                    ({t(`duties.kind.${d.kind}`)})
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </main>
  );
}
