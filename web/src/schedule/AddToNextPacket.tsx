import { useState } from 'react';
import { $api, api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import type { SessionUser } from '../auth/session';
import { useClasses } from '../classes/queries';
import { useI18n } from '../i18n/i18n';
import { Problem } from '../ui/fields';
import { formatDate } from '../ui/format';
import { useSchedule } from './queries';

type Packet = components['schemas']['ScheduledPacketView'];

/** A saved case put into the next packet of each class it is written for, or taken out again. */
export function AddToNextPacket({ caseId, user }: { caseId: string; user: SessionUser }) {
  const { t } = useI18n();
  const next = useSchedule({ caseId });
  const packets = next.data?.items ?? [];
  const saved = $api.useQuery('get', '/cases/{id}', { params: { path: { id: caseId } } });
  const classes = useClasses(user.schoolId ?? undefined);
  // No packet because no class learns the case's grade in its language, or because no date is set.
  const noClass =
    !!saved.data &&
    !!classes.data &&
    !classes.data.items.some(
      (c) => c.grade === saved.data.grade && c.language === saved.data.language && !c.archivedAt,
    );
  return (
    <section className="panel" aria-labelledby="next-packets" aria-busy={next.isPending}>
      <h2 id="next-packets">{t('schedule.nextPackets')}</h2>
      {packets.length === 0 && !next.isPending && (
        <p>
          {noClass
            ? t('schedule.noClassFor', {
                grade: saved.data.grade,
                language: t(`language.${saved.data.language}`),
              })
            : t('schedule.noNextPacket')}
        </p>
      )}
      <ul className="plain">
        {packets.map((packet) => (
          <li key={packet.id}>
            <NextPacket packet={packet} caseId={caseId} user={user} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function NextPacket({
  packet,
  caseId,
  user,
}: {
  packet: Packet;
  caseId: string;
  user: SessionUser;
}) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const [takenOut, setTakenOut] = useState(false);
  const path = { params: { path: { id: packet.id } } };
  const add = useSubmit(() => api.POST('/schedule/{id}/cases', { ...path, body: { caseId } }), {
    invalidate: ['schedule'],
    onDone: () => setTakenOut(false),
  });
  const takeOut = useSubmit(
    () =>
      api.DELETE('/schedule/{id}/cases/{caseId}', {
        params: { path: { id: packet.id, caseId } },
      }),
    { invalidate: ['schedule'], onDone: () => setTakenOut(true) },
  );
  const values = {
    label: `${packet.grade} ${packet.letter}`,
    date: formatDate(packet.goesOutOn, language),
  };
  const link = packet.cases.find((c) => c.id === caseId);
  // A teacher takes out only what they put in (the service says so too).
  const mayTakeOut = !!link && (user.role !== 'teacher' || link.addedBy === user.id);
  if (!link)
    return (
      <>
        {takenOut && <p role="status">{t('schedule.takenOut', values)}</p>}
        <button type="button" disabled={add.pending} onClick={() => add.submit(undefined)}>
          {t('schedule.addTo', values)}
        </button>
        <Problem text={add.problem} />
      </>
    );
  return (
    <>
      <p role="status">{t('schedule.inPacket', values)}</p>
      {mayTakeOut &&
        (asking ? (
          <div role="group" aria-labelledby={`take-out-${packet.id}`} className="notice">
            <p id={`take-out-${packet.id}`}>{t('schedule.takeOutAsk', values)}</p>
            <button
              type="button"
              disabled={takeOut.pending}
              onClick={() => {
                setAsking(false);
                takeOut.submit(undefined);
              }}
            >
              {t('schedule.takeOutYes')}
            </button>{' '}
            <button type="button" className="link" onClick={() => setAsking(false)}>
              {t('schedule.releaseNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="link" onClick={() => setAsking(true)}>
            {t('schedule.takeOutOwn', values)}
          </button>
        ))}
      <Problem text={takeOut.problem} />
    </>
  );
}
