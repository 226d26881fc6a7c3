import { CARRIER_EVENTS, PacketStatus, statusesAllowing } from '@domain/packets/journey';
import { api } from '../api/client';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

/** A by-hand packet's next carrier step (handed over, work taken back), recorded by whoever carried it. */
export function CarrierStep({ code, status }: { code: string; status: PacketStatus }) {
  const { t } = useI18n();
  const next = CARRIER_EVENTS.find((event) => statusesAllowing(event).includes(status));
  const record = useSubmit(
    () => api.POST('/scans', { body: { code, event: next ?? 'handed_over' } }),
    { invalidate: ['packets'] },
  );
  if (!next) return null;
  return (
    <p>
      <button type="button" disabled={record.pending} onClick={() => record.submit(undefined)}>
        {t(`desk.record.${next}`)}
      </button>
      <Problem text={record.problem} />
    </p>
  );
}
