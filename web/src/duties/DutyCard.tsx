import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { formatDate, formatDateTime } from '../ui/format';
import { Link } from '../ui/router';
import { DutyActions } from './DutyActions';

type Duty = components['schemas']['DutyView'];

/** Neither ended by the deputy nor past its last day. */
const isOpen = (duty: Duty) => !duty.endedAt && !(duty.endsOn && duty.endsOn < duty.asOf);

/**
 * One duty's timeline: appointed, last visit, next visit due (red when overdue), per office;
 * ended or handed over by whoever may appoint.
 */
export function DutyCard(props: {
  duty: Duty;
  officeName(id: string): string;
  mayChange?: boolean;
}) {
  const { duty, officeName } = props;
  const { t, language } = useI18n();
  return (
    <article className="panel" aria-labelledby={`duty-${duty.id}`}>
      <h2 id={`duty-${duty.id}`}>
        {duty.teacherName} — {t(`duties.kind.${duty.kind}`)}
        {!duty.active && ` (${t('duties.ended')})`}
      </h2>
      <p>
        {t('duties.period', {
          from: formatDate(duty.startsOn, language),
          to: duty.endsOn ? formatDate(duty.endsOn, language) : '…',
          days: duty.maxIntervalDays,
        })}
        {duty.endedAt &&
          ` — ${t('duties.endedOn', { date: formatDateTime(duty.endedAt, language) })}`}
      </p>
      <ol className="timeline">
        {duty.offices.map((office) => (
          <li key={office.postOfficeId} className={office.overdue ? 'late' : undefined}>
            <strong>{officeName(office.postOfficeId)}</strong>:{' '}
            {office.lastCollectedAt
              ? t('duties.lastVisit', { at: formatDateTime(office.lastCollectedAt, language) })
              : t('duties.noVisit')}
            {/* An ended duty has no next visit: the duty that took over (if any) says it. */}
            {isOpen(duty) && '; '}
            {isOpen(duty) &&
              (office.overdue
                ? t('duties.overdue', {
                    days: office.daysOverdue,
                    date: formatDate(office.nextDueOn, language),
                  })
                : t('duties.nextDue', { date: formatDate(office.nextDueOn, language) }))}
            {isOpen(duty) &&
              office.waitingPackets.length > 0 &&
              ` — ${t(duty.kind === 'carry' ? 'duties.withFamilies' : 'duties.waiting', { count: office.waitingPackets.length })}`}
          </li>
        ))}
      </ol>
      <details>
        <summary>{t('duties.rounds', { count: duty.rounds.length })}</summary>
        <ul className="plain">
          {duty.rounds.map((r) => (
            <li key={`${r.postOfficeId}-${r.collectedAt}`}>
              {formatDateTime(r.collectedAt, language)} — {officeName(r.postOfficeId)}:{' '}
              {duty.kind === 'carry'
                ? t('duties.handedTaken', { handed: r.codesHandedOver, taken: r.codesTaken })
                : t('duties.taken', { count: r.codesTaken })}
            </li>
          ))}
        </ul>
      </details>
      {/* The list opens under the round, which those who may appoint open too. */}
      {props.mayChange && duty.kind === 'carry' && isOpen(duty) && (
        <p>
          <Link to={`/round/${duty.id}/carry`}>{t('carry.open')}</Link>
        </p>
      )}
      {props.mayChange && isOpen(duty) && <DutyActions duty={duty} />}
    </article>
  );
}
