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

const AUTHORS: Role[] = ['director', 'deputy_academic', 'teacher'];
const DEFAULTS: Record<Role, NextStep> = {
  admin: { key: 'next.admin', to: '/staff' },
  director: { key: 'next.director', to: '/classes' },
  deputy_academic: { key: 'next.deputy_academic', to: '/cases' },
  deputy_upbringing: { key: 'next.deputy_upbringing', to: '/duties' },
  teacher: { key: 'next.teacher', to: '/cases/new' },
  post_clerk: { key: 'next.post_clerk', to: '/station' },
};

/**
 * What the signed-in person should do next, from what waits: work to review before anything
 * else, then packets overdue, then (a teacher whose classes have packet dates) the subjects
 * still owed to the next packets (`owed`; undefined when no date concerns them), then whatever
 * the school still lacks to send its first packets.
 */
export function nextStep(role: Role, s: Summary | undefined, owed?: number): NextStep {
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
  if (role === 'teacher' && owed !== undefined)
    return owed > 0
      ? { key: 'next.due', to: '/cases', values: { count: owed } }
      : { key: 'next.dueDone', to: '/cases/new' };
  if (s.classes === 0 && role === 'director') return DEFAULTS.director;
  if (s.pupils === 0 && s.classes > 0) return { key: 'next.pupils', to: '/classes' };
  if (s.cases === 0 && AUTHORS.includes(role)) return { key: 'next.writeCase', to: '/cases/new' };
  if (s.dispatchesThisWeek === 0 && s.cases > 0) return { key: 'next.send', to: '/dispatch' };
  return DEFAULTS[role];
}
