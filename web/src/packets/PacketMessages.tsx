import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { MessageReason } from '../messages/MessageReason';
import { formatDateTime } from '../ui/format';

/** The text messages the guardian got (or will get) about this packet, with where each one is. */
export function PacketMessages({ code }: { code: string }) {
  const { t, language } = useI18n();
  const messages = useQuery({
    queryKey: ['notifications', 'packet', code],
    queryFn: async () => {
      const { data, error } = await api.GET('/notifications', {
        params: { query: { packetCode: code, limit: 50 } },
      });
      if (error) throw error;
      return data.items;
    },
    // A message being sent changes within seconds: the page follows it.
    refetchInterval: (query) =>
      query.state.data?.some((m) => m.status === 'queued' || m.status === 'sending') ? 3000 : false,
  });
  if (!messages.data) return null;
  return (
    <section aria-labelledby="packet-messages">
      <h2 id="packet-messages">{t('messages.title')}</h2>
      {messages.data.length === 0 ? (
        <p>{t('messages.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('desk.when')}</th>
              <th scope="col">{t('messages.kind')}</th>
              <th scope="col">{t('messages.to')}</th>
              <th scope="col">{t('messages.status')}</th>
              <th scope="col">{t('messages.text')}</th>
            </tr>
          </thead>
          <tbody>
            {messages.data.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.sentAt ?? m.createdAt, language)}</td>
                <td>{t(`messages.kind.${m.kind}`)}</td>
                <td>{m.phone ?? '—'}</td>
                <td>
                  <strong>{t(`messages.status.${m.status}`)}</strong>
                  <MessageReason message={m} />
                </td>
                <td>
                  {m.body ?? '—'}
                  {m.segments !== null && m.segments > 1 && (
                    <> ({t('messages.segments', { count: m.segments })})</>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
