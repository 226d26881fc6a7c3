import type { components } from '../api/schema';
import type { SessionUser } from '../auth/session';
import type { MessageKey } from '../i18n/i18n';

type Summary = components['schemas']['SummaryView'];
type Role = SessionUser['role'];

export interface NextStep {
  key: MessageKey;
  /** The screen where the step is taken. */
  to: string;
  values?: Record<string, number>;
}

/** A duty of the person's in force: collecting at the post office or carrying to villages. */
export interface OwnDuty {
  kind: 'collect' | 'carry';
  overdue: boolean;
}

const AUTHORS: Role[] = ['director', 'deputy_academic', 'teacher'];
const DEFAULTS: Record<Role, NextStep> = {
  admin: { key: 'next.admin', to: '/staff' },
  director: { key: 'next.director', to: '/classes' },
  deputy_academic: { key: 'next.deputy_academic', to: '/cases' },
  deputy_upbringing: { key: 'next.deputy_upbringing', to: '/duties' },
  teacher: { key: 'next.teacher', to: '/cases/new' },
  post_clerk: { key: 'next.post_clerk', to: '/station' },
};

/** Once the school is set up and nothing waits, the director follows the returns. */
const SET_UP: Partial<Record<Role, NextStep>> = {
  director: { key: 'next.director.follow', to: '/reports' },
};

/**
 * What the signed-in person should do next, from what waits: work to review before anything
 * else, then packets overdue, then a duty's visit the 14-day rule says is late, then (a teacher
 * whose classes have packet dates) the subjects still owed to the next packets (`owed`;
 * undefined when no date concerns them), then their duty's next visit, then whatever the
 * school still lacks to send its first packets.
 */
export function nextStep(
  role: Role,
  s: Summary | undefined,
  owed?: number,
  duty?: OwnDuty,
): NextStep {
  if (!s || role === 'post_clerk') return DEFAULTS[role];
  if (role === 'admin') {
    if (s.postOffices === 0) return { key: 'next.admin.offices', to: '/offices' };
    if (s.schools === 0) return { key: 'next.admin.schools', to: '/schools' };
    return DEFAULTS.admin;
  }
  if (s.awaitingReview > 0)
    return { key: 'next.review', to: '/reviews', values: { count: s.awaitingReview } };
  if (s.overdue > 0)
    return {
      key: 'next.overdue',
      to: role === 'teacher' ? '/packets' : '/reports',
      values: { count: s.overdue },
    };
  const visit: NextStep | undefined = duty && {
    key: duty.kind === 'carry' ? 'next.carry' : 'next.collect',
    to: '/round',
  };
  if (visit && duty?.overdue) return visit;
  if (role === 'teacher' && owed !== undefined)
    return owed > 0
      ? { key: 'next.due', to: '/cases', values: { count: owed } }
      : { key: 'next.dueDone', to: '/cases/new' };
  if (visit) return visit;
  if (s.classes === 0 && role === 'director') return DEFAULTS.director;
  if (s.pupils === 0 && s.classes > 0) return { key: 'next.pupils', to: '/classes' };
  if (s.cases === 0 && AUTHORS.includes(role)) return { key: 'next.writeCase', to: '/cases/new' };
  if (s.dispatchesThisWeek === 0 && s.cases > 0) return { key: 'next.send', to: '/dispatch' };
  return SET_UP[role] ?? DEFAULTS[role];
}
