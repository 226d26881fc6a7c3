import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../ui/DateField';
import { Problem } from '../ui/fields';
import { localDay } from '../ui/format';

type Packet = components['schemas']['ScheduledPacketView'];
const INVALIDATE = ['schedule', 'dispatches'];

/**
 * Release for printing, asked again first: it starts a print run of one envelope per pupil
 * on paper, so the question says how many.
 */
export function ReleasePacket({ packet }: { packet: Packet }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const release = useSubmit(
    () => api.POST('/schedule/{id}/release', { params: { path: { id: packet.id } } }),
    { invalidate: INVALIDATE, onDone: () => setAsking(false) },
  );
  const label = `${packet.grade} ${packet.letter}`;
  const online = packet.pupils - packet.envelopes;
  return (
    <div className="row-actions">
      {asking ? (
        <div role="group" aria-labelledby={`release-${packet.id}`} className="notice">
          <p id={`release-${packet.id}`}>
            {t('schedule.releaseAsk', {
              label,
              pupils: packet.pupils,
              envelopes: packet.envelopes,
            })}
            {online > 0 && ` ${t('schedule.releaseOnline', { count: online })}`}
          </p>
          <button
            type="button"
            disabled={release.pending}
            onClick={() => release.submit(undefined)}
          >
            {t('schedule.releaseYes', { count: packet.envelopes })}
          </button>{' '}
          <button type="button" className="link" onClick={() => setAsking(false)}>
            {t('schedule.releaseNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          {t('schedule.release', { label })}
        </button>
      )}
      <Problem text={release.problem} />
    </div>
  );
}

/** One packet's dates, out and back, moved before release; work must come back after it goes out. */
export function MovePacketDates({ packet }: { packet: Packet }) {
  const { t } = useI18n();
  const [dates, setDates] = useState({
    goesOutOn: packet.goesOutOn,
    comesBackOn: packet.comesBackOn,
  });
  const move = useSubmit(
    () => api.PATCH('/schedule/{id}', { params: { path: { id: packet.id } }, body: dates }),
    { invalidate: INVALIDATE },
  );
  const unchanged =
    dates.goesOutOn === packet.goesOutOn && dates.comesBackOn === packet.comesBackOn;
  const backTooEarly =
    !!dates.goesOutOn && !!dates.comesBackOn && dates.comesBackOn <= dates.goesOutOn;
  return (
    <form
      className="inline-fields roomy"
      aria-label={t('schedule.moveDates')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        move.submit(
          undefined,
          event.currentTarget,
          backTooEarly ? { comesBackOn: 'schedule.backAfterOut' } : {},
        );
      }}
    >
      <DateField
        id={`out-${packet.id}`}
        label={t('schedule.moveTo')}
        required
        min={localDay()}
        {...move.field('goesOutOn')}
        value={dates.goesOutOn}
        onChange={(goesOutOn) => setDates({ ...dates, goesOutOn })}
      />
      <DateField
        id={`back-${packet.id}`}
        label={t('schedule.backOn')}
        required
        min={localDay(1)}
        {...move.field('comesBackOn')}
        value={dates.comesBackOn}
        onChange={(comesBackOn) => setDates({ ...dates, comesBackOn })}
      />
      <div>
        <button type="submit" className="link" disabled={move.pending || unchanged}>
          {t('schedule.move')}
        </button>
        <Problem text={move.problem} />
      </div>
    </form>
  );
}
