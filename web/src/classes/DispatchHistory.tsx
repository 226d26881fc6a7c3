import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { PACKET_STATUSES } from '@domain/packets/packet-status';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../ui/format';
import { PrintLinks } from '../dispatch/PrintLinks';
import { dataOf } from '../api/errors';
import { ScrollRegion } from '../ui/ScrollRegion';

/** The class's dispatches, newest first, with how many packets are at each step. */
export function DispatchHistory({ classId, label }: { classId: string; label: string }) {
  const { t, language } = useI18n();
  const history = useQuery({
    queryKey: ['dispatches', classId],
    queryFn: async () => {
      const list = dataOf(
        await api.GET('/dispatches', { params: { query: { classId, limit: 20 } } }),
      );
      return Promise.all(
        list.items.map(async (d) =>
          dataOf(await api.GET('/dispatches/{id}', { params: { path: { id: d.id } } })),
        ),
      );
    },
  });
  const dispatches = history.data ?? [];
  return (
    <section aria-labelledby="dispatch-history">
      <h2 id="dispatch-history">{t('history.title')}</h2>
      {dispatches.length === 0 && !history.isPending && <p>{t('history.none')}</p>}
      {dispatches.length > 0 && (
        <ScrollRegion label={t('history.title')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('history.made')}</th>
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
                  <td>{formatDate(d.returnDueOn, language)}</td>
                  <td>{d.packetCount}</td>
                  <td>
                    {PACKET_STATUSES.map((status) => ({
                      status,
                      count: d.packets.filter((p) => p.status === status).length,
                    }))
                      .filter((s) => s.count > 0)
                      .map((s) => `${t(`status.${s.status}`)}: ${s.count}`)
                      .join(', ')}
                  </td>
                  <td className="no-print">
                    <PrintLinks dispatch={d} label={label} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
