import type { RoundEvent } from '@domain/collection/duty-kind';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import type { RoundVerdict } from './round-verdict';

type RoundResult = components['schemas']['RoundResult'];

export interface Scanned {
  code: string;
  /** What the round records for it, as chosen when it was scanned. */
  event: RoundEvent;
  verdict: RoundVerdict;
  /** The pupil's class and initials, for a code the service knows. */
  who?: string;
}

/**
 * The codes scanned on this visit, newest first, each with whose it is, what will be done with
 * it or why not, and a button to take a wrong scan off before the visit is finished.
 */
export function ScannedList(props: { scanned: Scanned[]; onRemove: (line: Scanned) => void }) {
  const { t } = useI18n();
  return (
    <ul className="plain scanned" aria-live="polite" aria-label={t('round.scanned')}>
      {props.scanned.map((s) => (
        <li key={`${s.event}-${s.code}`} className={s.verdict === 'ready' ? 'ok' : 'late'}>
          <strong>{s.code}</strong>
          {s.who && ` (${s.who})`} —{' '}
          {s.verdict === 'ready' ? t(`round.ready.${s.event}`) : t(`round.verdict.${s.verdict}`)}{' '}
          <button type="button" className="link" onClick={() => props.onRemove(s)}>
            {t('round.remove', { code: s.code })}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What the service recorded for the visit, and each code it refused with its reason. */
export function RoundDone({ result, carry }: { result: RoundResult; carry: boolean }) {
  const { t, tOr } = useI18n();
  return (
    <section role="status" aria-labelledby="round-done">
      <h2 id="round-done">
        {carry
          ? t('round.doneCarry', { handed: result.handedOver.length, taken: result.taken.length })
          : t('round.done', { taken: result.taken.length })}
      </h2>
      <ul className="plain">
        {result.handedOver.map((p) => (
          <li key={`h-${p.code}`} className="ok">
            {p.code} — {p.classLabel}, {p.pupilInitials}: {t('status.handed_over')}
          </li>
        ))}
        {result.taken.map((p) => (
          <li key={p.code} className="ok">
            {p.code} — {p.classLabel}, {p.pupilInitials}
            {carry && `: ${t('status.taken_back')}`}
          </li>
        ))}
        {result.refused.map((r) => (
          <li key={`${r.event}-${r.code}`} className="late">
            {r.code} —{' '}
            {tOr(
              `errors.${r.errorCode}`,
              'errors.unknown',
              (r.details ?? {}) as Record<string, string>,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
