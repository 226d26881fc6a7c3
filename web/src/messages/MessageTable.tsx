import type { ReactNode } from 'react';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../ui/format';
import { Link } from '../ui/router';

type Message = components['schemas']['NotificationView'];

/**
 * Text messages as a table: when, what about, to which number, where each one is, the text.
 * `withPupil` adds the pupil and a link to the packet (the school's list, not a packet's page).
 */
export function MessageTable({
  messages,
  withPupil = false,
  caption,
  busy,
}: {
  messages: Message[];
  withPupil?: boolean;
  caption?: ReactNode;
  busy?: boolean;
}) {
  const { t, language } = useI18n();
  return (
    <table aria-busy={busy}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t('desk.when')}</th>
          {withPupil && <th scope="col">{t('messages.about')}</th>}
          <th scope="col">{t('messages.kind')}</th>
          <th scope="col">{t('messages.to')}</th>
          <th scope="col">{t('messages.status')}</th>
          <th scope="col">{t('messages.text')}</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => (
          <tr key={m.id}>
            <td>{formatDateTime(m.sentAt ?? m.createdAt, language)}</td>
            {withPupil && (
              <td>
                {m.pupilName ?? '—'}
                {m.packetCode && (
                  <>
                    {' '}
                    <Link to={`/packets/${m.packetCode}`}>{m.packetCode}</Link>
                  </>
                )}
              </td>
            )}
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
  );
}

/** Why a message waits, was skipped or failed, in words a teacher can act on. */
function MessageReason({ message }: { message: Message }) {
  const { t, tOr, language } = useI18n();
  const { status, statusReason, notBefore } = message;
  if (!statusReason || !['held', 'skipped', 'failed'].includes(status)) return null;
  const until = t('messages.heldUntil', { at: formatDateTime(notBefore, language) });
  // The operator's own words (an error status) when the catalogue has none for the reason.
  const known = tOr(`messages.reason.${statusReason}`, 'messages.reason.other');
  return (
    <>
      {' '}
      — {known}
      {known === t('messages.reason.other') && ` (${statusReason})`}
      {status === 'held' && `, ${until}`}
    </>
  );
}
