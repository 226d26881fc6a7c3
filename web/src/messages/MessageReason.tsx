import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../ui/format';

type Message = components['schemas']['NotificationView'];

/** Why a message waits, was skipped or failed, in words a teacher can act on. */
export function MessageReason({ message }: { message: Message }) {
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
