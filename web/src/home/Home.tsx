import type { SessionUser } from '../auth/session';
import { $api } from '../api/client';
import type { components } from '../api/schema';
import { useI18n } from '../i18n/i18n';
import { Link } from '../ui/router';
import { ScheduleHome } from '../schedule/ScheduleHome';
import { DutyHome, useOwnDuty } from './DutyHome';
import { useDue } from '../schedule/queries';
import { figuresFor } from './figures';
import { nextStep } from './next-step';

type S10RangeView = components['schemas']['S10RangeView'];

/** What the signed-in role does next, with the figures that say how much is waiting. */
export function Home({ user }: { user: SessionUser }) {
  const { t } = useI18n();
  const summary = $api.useQuery('get', '/reports/summary');
  const due = useDue(user.role === 'teacher');
  const dueItems = due.data?.items ?? [];
  const owed =
    dueItems.length > 0 ? dueItems.filter((d) => d.caseIds.length === 0).length : undefined;
  const step = nextStep(user.role, summary.data, owed, useOwnDuty(user));
  const figures = figuresFor(user.role);
  return (
    <main>
      <h1>{t('home.greeting')}</h1>
      <p>{t('home.role', { role: t(`role.${user.role}`) })}</p>
      {/* A teacher on a duty reads it first: the next visit matters more than the counts. */}
      <DutyHome user={user} />
      {figures.length > 0 && (
        <ul className="figures" aria-busy={summary.isPending}>
          {figures.map((f) => (
            <li key={f.key}>
              <strong>{summary.data?.[f.key] ?? '…'}</strong>{' '}
              {f.to ? (
                <Link to={f.to}>{t(f.label, { count: summary.data?.[f.key] ?? 0 })}</Link>
              ) : (
                t(f.label, { count: summary.data?.[f.key] ?? 0 })
              )}
            </li>
          ))}
        </ul>
      )}
      {summary.data?.s10 && <S10Range range={summary.data.s10} />}
      <ScheduleHome user={user} />
      <section aria-labelledby="next-step">
        <h2 id="next-step">{t('home.next')}</h2>
        <p>{t(step.key, step.values)}</p>
        <p>
          <Link to={step.to} className="button-link">
            {user.role === 'post_clerk' ? t('home.scanStation') : t('next.go')}
          </Link>
        </p>
      </section>
    </main>
  );
}

/** The admin asks Kazpost for a new range in time: codes left, and a warning when few are. */
function S10Range({ range }: { range: S10RangeView }) {
  const { t } = useI18n();
  return range.low ? (
    <p className="notice" role="alert">
      {t('home.s10Low', { count: range.left })}
    </p>
  ) : (
    <p>{t('home.s10Left', { count: range.left })}</p>
  );
}
