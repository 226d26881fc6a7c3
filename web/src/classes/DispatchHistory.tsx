import { $api } from '../api/client';
import { PAGE_SIZE, PAGED, pagedList } from '../api/paged-list';
import { PACKET_STATUSES } from '@domain/packets/packet-status';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { ShowMore } from '../ui/ShowMore';
import { PrintLinks } from '../dispatch/PrintLinks';
import { CancelDispatch } from './CancelDispatch';
import { ScrollRegion } from '../ui/ScrollRegion';

/** The class's dispatches, newest first, with how many packets are at each step: one request. */
export function DispatchHistory({ classId, label }: { classId: string; label: string }) {
  const { t, language } = useI18n();
  const history = pagedList(
    $api.useInfiniteQuery(
      'get',
      '/dispatches',
      { params: { query: { classId, limit: PAGE_SIZE } } },
      PAGED,
    ),
  );
  const dispatches = history.items;
  return (
    <section aria-labelledby="dispatch-history">
      <h2 id="dispatch-history">{t('history.title')}</h2>
      {dispatches.length === 0 && !history.busy && !history.failed && <p>{t('history.none')}</p>}
      {dispatches.length > 0 && (
        <ScrollRegion label={t('history.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('history.made')}</th>
                <th scope="col">{t('history.cases')}</th>
                <th scope="col">{t('history.returnDue')}</th>
                <th scope="col">{t('history.packets')}</th>
                <th scope="col">{t('history.statuses')}</th>
                <th scope="col" className="no-print">
                  {t('history.files')}
                </th>
              </tr>
            </thead>
            <tbody>
              {dispatches.map((d) => (
                <tr key={d.id}>
                  <td>{formatDate(d.createdAt, language)}</td>
                  <td>{d.cases.map((c) => c.topic).join('; ')}</td>
                  <td>{formatDate(d.returnDueOn, language)}</td>
                  <td>
                    {d.packetCount}
                    {d.leftOutOnline > 0 &&
                      ` (${t('dispatch.leftOutOnline', { count: d.leftOutOnline })})`}
                  </td>
                  <td>
                    {PACKET_STATUSES.flatMap((status) =>
                      d.statusCounts
                        .filter((s) => s.status === status)
                        .map((s) => `${t(`status.${status}`)}: ${s.count}`),
                    ).join(', ')}
                  </td>
                  <td className="no-print">
                    <PrintLinks dispatch={d} label={label} />
                    {d.statusCounts.every((s) => s.status === 'created') && (
                      <CancelDispatch id={d.id} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <ShowMore list={history} />
    </section>
  );
}
