import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { everyKey, readEvery } from '../api/read-every';
import { useI18n } from '../i18n/i18n';
import { MessageTable } from '../messages/MessageTable';

/** The text messages the guardian got (or will get) about this packet, with where each one is. */
export function PacketMessages({ code }: { code: string }) {
  const { t } = useI18n();
  const messages = useQuery({
    queryKey: everyKey('/notifications', { packetCode: code }),
    queryFn: async () =>
      (
        await readEvery((page) =>
          api.GET('/notifications', { params: { query: { ...page, packetCode: code } } }),
        )
      ).items,
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
        <MessageTable messages={messages.data} />
      )}
    </section>
  );
}
