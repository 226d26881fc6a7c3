import { useState } from 'react';
import { api } from '../api/client';
import type { components } from '../api/schema';
import { useSubmit } from '../api/useSubmit';
import { useI18n } from '../i18n/i18n';
import { DateField } from '../ui/DateField';
import { Problem } from '../ui/fields';
import { formatDate, localDay } from '../ui/format';

type Packet = components['schemas']['ScheduledPacketView'];
const INVALIDATE = ['schedule', 'dispatches'];

/**
 * Release for printing, asked again first: it starts a print run of one envelope per pupil
 * on paper, so the question says how many. An empty packet is not offered it, and says why.
 */
export function ReleasePacket({ packet }: { packet: Packet }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const release = useSubmit(
    () => api.POST('/schedule/{id}/release', { params: { path: { id: packet.id } } }),
    // A refusal closes the question too: the refusal's words stay, below the button.
    { invalidate: INVALIDATE, onDone: () => setAsking(false), onRefused: () => setAsking(false) },
  );
  if (packet.cases.length === 0)
    return (
      <p className="hint">
        {t('schedule.releaseEmpty', { label: `${packet.grade} ${packet.letter}` })}
      </p>
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
  const { language } = useI18n();
  const [moved, setMoved] = useState<Packet>();
  const move = useSubmit(
    () => api.PATCH('/schedule/{id}', { params: { path: { id: packet.id } }, body: dates }),
    { invalidate: INVALIDATE, onDone: setMoved },
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
        {moved && (
          <p role="status">
            {t('schedule.moved', {
              label: `${moved.grade} ${moved.letter}`,
              out: formatDate(moved.goesOutOn, language),
              back: formatDate(moved.comesBackOn, language),
            })}
          </p>
        )}
      </div>
    </form>
  );
}

/** Removing a date takes its cases out with it: asked first, naming the class and the date. */
export function RemovePacketDate({ packet }: { packet: Packet }) {
  const { t, language } = useI18n();
  const [asking, setAsking] = useState(false);
  const remove = useSubmit(
    () => api.DELETE('/schedule/{id}', { params: { path: { id: packet.id } } }),
    { invalidate: INVALIDATE, onRefused: () => setAsking(false) },
  );
  const values = {
    label: `${packet.grade} ${packet.letter}`,
    date: formatDate(packet.goesOutOn, language),
    count: packet.cases.length,
  };
  return (
    <div className="row-actions">
      {asking ? (
        <div role="group" aria-labelledby={`remove-${packet.id}`} className="notice">
          <p id={`remove-${packet.id}`}>{t('schedule.removeAsk', values)}</p>
          <button type="button" disabled={remove.pending} onClick={() => remove.submit(undefined)}>
            {t('schedule.removeYes', values)}
          </button>{' '}
          <button type="button" className="link" onClick={() => setAsking(false)}>
            {t('schedule.releaseNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="link" onClick={() => setAsking(true)}>
          {t('schedule.removeDate')}
        </button>
      )}
      <Problem text={remove.problem} />
    </div>
  );
}
