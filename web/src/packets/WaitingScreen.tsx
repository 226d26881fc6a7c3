import { $api } from '../api/client';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/router';
import { formatDate } from '../ui/format';

type Item = components['schemas']['WaitingItem'];

/** The clerk's printable list of what lies at the office: for pupils, and for teachers. */
export function WaitingScreen() {
  const { t } = useI18n();
  const waiting = $api.useQuery('get', '/packets/waiting', undefined, {
    refetchInterval: 60_000,
    // The counter's list must match the parcels on the shelf: fetched again on every visit and
    // whenever the clerk comes back to the window (scans invalidate it too).
    staleTime: 0,
    refetchOnWindowFocus: 'always',
  });
  const items = waiting.data?.items ?? [];
  return (
    <main>
      <h1>{t('waiting.title')}</h1>
      <p className="no-print">
        <Link to="/station">{t('home.scanStation')}</Link>
      </p>
      <WaitingTable
        caption={t('waiting.forPupils')}
        items={items.filter((i) => i.status === 'arrived')}
      />
      <WaitingTable
        caption={t('waiting.forTeachers')}
        items={items.filter((i) => i.status === 'return_received')}
      />
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('waiting.print')}
      </button>
    </main>
  );
}

function WaitingTable({ caption, items }: { caption: string; items: Item[] }) {
  const { t, language } = useI18n();
  return (
    <table>
      <caption>
        {caption}: {items.length}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('desk.code')}</th>
          <th scope="col">{t('pupils.fullName')}</th>
          <th scope="col">{t('waiting.school')}</th>
          <th scope="col">{t('waiting.since')}</th>
          <th scope="col">{t('waiting.days')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr key={i.code}>
            <td>{i.code}</td>
            <td>{i.recipientName}</td>
            <td>
              {i.schoolName}, {i.classLabel}
            </td>
            <td>{formatDate(i.since, language)}</td>
            <td className={i.waitingDays > 14 ? 'late' : undefined}>{i.waitingDays}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
