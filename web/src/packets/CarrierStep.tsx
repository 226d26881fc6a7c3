import { CARRIER_EVENTS, PacketStatus, statusesAllowing } from '@domain/packets/journey';
import type { SessionUser } from '../auth/session';
import { $api, api } from '../api/client';
import { mayCarry, mayCollect } from './carrier-rights';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';

type NextStep = (typeof CARRIER_EVENTS)[number] | 'collected';

/** What comes next for a by-hand packet: a carrier's step, or its work collected into school. */
function nextStep(status: PacketStatus): NextStep | undefined {
  const carrier = CARRIER_EVENTS.find((event) => statusesAllowing(event).includes(status));
  if (carrier) return carrier;
  return status === 'taken_back' ? 'collected' : undefined;
}

/**
 * A by-hand packet's next step (handed over, work taken back, collected into school), recorded
 * from its page. "Collected" is recorded at the pupil's office, so the service asks for a duty
 * in force there (the carrier's, or a deputy's or director's of the school), as on a round.
 */
export function CarrierStep(props: {
  code: string;
  status: PacketStatus;
  destinationOfficeId: string;
  user: SessionUser;
}) {
  const { code, status, destinationOfficeId, user } = props;
  const { t } = useI18n();
  const next = nextStep(status);
  const duties = $api.useQuery('get', '/collection-duties');
  const record = useSubmit(
    () =>
      api.POST('/scans', {
        body:
          next === 'collected'
            ? { code, event: next, postOfficeId: destinationOfficeId }
            : { code, event: next ?? 'handed_over' },
      }),
    { invalidate: ['packets'] },
  );
  if (!next) return null;
  // Handed over and taken back are the appointed carrier's (and the deputies'): others read who.
  // Collected into school is the carrier's or a collecting teacher's of that office (and the deputy's).
  if (!duties.data) return null;
  if (next === 'collected' && !mayCollect(user, duties.data.items, destinationOfficeId))
    return <p className="hint">{t('desk.collectorOnly')}</p>;
  if (next !== 'collected' && !mayCarry(user, duties.data.items, destinationOfficeId))
    return <p className="hint">{t('desk.carrierOnly')}</p>;
  return (
    <p>
      <button type="button" disabled={record.pending} onClick={() => record.submit(undefined)}>
        {t(`desk.record.${next}`)}
      </button>
      <Problem text={record.problem} />
    </p>
  );
}
