import { $api } from '../api/client';
import type { components } from '../api/schema';
import type { SessionUser } from '../auth/session';
import { useI18n } from '../i18n/i18n';
import { useOffices } from '../offices/queries';
import { formatDate } from '../ui/format';
import { Link } from '../ui/router';
import { BringIn } from '../duties/BringIn';
import type { OwnDuty } from './next-step';

type Duty = components['schemas']['DutyView'];

/** The person's duty in force that is most pressing (a late one first), for the next step. */
export function useOwnDuty(user: SessionUser): OwnDuty | undefined {
  const duties = $api.useQuery('get', '/collection-duties');
  const mine = (duties.data?.items ?? []).filter((d) => d.active && d.teacherId === user.id);
  const duty = mine.find((d) => d.overdue) ?? mine[0];
  return duty && { kind: duty.kind, overdue: duty.overdue };
}

/**
 * The signed-in teacher's duties in force: where they go (the post office, or the villages a
 * carrier serves), by when the 14-day rule needs the next visit, and what to take there.
 */
export function DutyHome({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const duties = $api.useQuery('get', '/collection-duties');
  const mine = (duties.data?.items ?? []).filter((d) => d.active && d.teacherId === user.id);
  const offices = useOffices(mine.flatMap((d) => d.postOfficeIds));
  if (mine.length === 0) return null;
  const place = (id: string) => {
    const office = offices.get(id);
    return office ? `${office.locality} (${office.postcode})` : '…';
  };
  return (
    <section aria-labelledby="my-duty">
      <h2 id="my-duty">{t('home.duty')}</h2>
      {mine.map((duty) => (
        <DutyLine key={duty.id} duty={duty} place={place} />
      ))}
    </section>
  );
}

function DutyLine({ duty, place }: { duty: Duty; place: (officeId: string) => string }) {
  const { t, language } = useI18n();
  const carry = duty.kind === 'carry';
  const pile = $api.useQuery(
    'get',
    '/collection-duties/{id}/to-carry',
    { params: { path: { id: duty.id } } },
    { enabled: carry },
  );
  const count = (list: 'toHandOver' | 'toTakeBack') =>
    (pile.data?.offices ?? []).reduce((sum, o) => sum + o[list].length, 0);
  return (
    <div className={duty.overdue ? 'late' : undefined}>
      <p>
        {t(carry ? 'home.dutyCarry' : 'home.dutyCollect', {
          places: duty.offices.map((o) => place(o.postOfficeId)).join(', '),
        })}{' '}
        {duty.overdue
          ? t('duties.overdue', {
              days: duty.daysOverdue,
              date: formatDate(duty.nextDueOn, language),
            })
          : t('home.dutyNext', { date: formatDate(duty.nextDueOn, language) })}
      </p>
      {carry && pile.data && (
        <p>
          {t('home.dutyPile', { handOver: count('toHandOver'), takeBack: count('toTakeBack') })}
        </p>
      )}
      {carry && <BringIn duty={duty} />}
      <p className="row-actions">
        <Link to="/round" className="button-link">
          {t(carry ? 'home.dutyVisit' : 'home.dutyRound')}
        </Link>
        {carry && <Link to={`/round/${duty.id}/carry`}>{t('carry.open')}</Link>}
      </p>
    </div>
  );
}
