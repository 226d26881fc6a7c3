import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';
import { formatDate } from '../ui/format';
import { useSchedule } from './queries';

type Packet = components['schemas']['ScheduledPacketView'];

/** A saved case put into the next packet of each class it is written for. */
export function AddToNextPacket({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  const next = useSchedule({ caseId });
  const packets = next.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="next-packets" aria-busy={next.isPending}>
      <h2 id="next-packets">{t('schedule.nextPackets')}</h2>
      {packets.length === 0 && !next.isPending && <p>{t('schedule.noNextPacket')}</p>}
      <ul className="plain">
        {packets.map((packet) => (
          <li key={packet.id}>
            <NextPacket packet={packet} caseId={caseId} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NextPacket({ packet, caseId }: { packet: Packet; caseId: string }) {
  const { t, language } = useI18n();
  const add = useSubmit(
    () =>
      api.POST('/schedule/{id}/cases', { params: { path: { id: packet.id } }, body: { caseId } }),
    { invalidate: ['schedule'] },
  );
  const values = {
    label: `${packet.grade} ${packet.letter}`,
    date: formatDate(packet.goesOutOn, language),
  };
  const inIt = packet.cases.some((c) => c.id === caseId);
  return (
    <>
      {inIt ? (
        <p role="status">{t('schedule.inPacket', values)}</p>
      ) : (
        <button type="button" disabled={add.pending} onClick={() => add.submit(undefined)}>
          {t('schedule.addTo', values)}
        </button>
      )}
      <Problem text={add.problem} />
    </>
  );
}
