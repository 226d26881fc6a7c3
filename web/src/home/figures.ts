import type { components } from '../api/schema';
import type { MessageKey } from '../i18n/i18n';
import { mayOpen, Role } from '../ui/routes';

type Summary = components['schemas']['SummaryView'];
export type Figure = { key: Exclude<keyof Summary, 's10'>; label: MessageKey; to?: string };

const SCHOOL: Figure[] = [
  { key: 'classes', label: 'home.classes', to: '/classes' },
  { key: 'pupils', label: 'home.pupils' },
  { key: 'cases', label: 'home.cases', to: '/cases' },
  { key: 'dispatchesThisWeek', label: 'home.dispatchesThisWeek', to: '/dispatch' },
  { key: 'awaitingReview', label: 'home.awaitingReview' },
  { key: 'overdue', label: 'home.overdue' },
];
const FIGURES: Record<Role, Figure[]> = {
  admin: [
    { key: 'postOffices', label: 'home.postOffices', to: '/offices' },
    { key: 'schools', label: 'home.schools', to: '/schools' },
    { key: 'staff', label: 'home.staff', to: '/staff' },
  ],
  director: [...SCHOOL, { key: 'staff', label: 'home.staff', to: '/staff' }],
  deputy_academic: SCHOOL,
  deputy_upbringing: SCHOOL,
  teacher: SCHOOL,
  post_clerk: [],
};

/** The counts a role's home shows, each a link to its screen where the role may open it. */
export function figuresFor(role: Role): Figure[] {
  return FIGURES[role].map((f) => (f.to && !mayOpen(role, f.to) ? { ...f, to: undefined } : f));
}
