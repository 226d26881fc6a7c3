import type { SessionUser } from '../auth/session';
import type { MessageKey } from '../i18n/i18n';
import { SCREENS } from './screens';

type Role = SessionUser['role'];

export interface NavLink {
  to: string;
  label: MessageKey;
}
/** A top-level entry: one screen, or a named group of screens opened as a menu. */
export type NavEntry =
  { kind: 'link'; link: NavLink } | { kind: 'group'; label: MessageKey; links: NavLink[] };

/** Screens by what the school does with them, in the order a term goes. */
const GROUPS: { label: MessageKey; links: NavLink[] }[] = [
  {
    label: 'nav.group.school',
    links: [
      { to: '/offices', label: 'nav.offices' },
      { to: '/schools', label: 'nav.schools' },
      { to: '/staff', label: 'nav.staff' },
      { to: '/classes', label: 'nav.classes' },
    ],
  },
  {
    label: 'nav.group.lessons',
    links: [
      { to: '/cases', label: 'nav.cases' },
      { to: '/dispatch', label: 'nav.dispatch' },
      { to: '/reviews', label: 'nav.reviews' },
    ],
  },
  {
    label: 'nav.group.post',
    links: [
      { to: '/packets', label: 'nav.packets' },
      { to: '/duties', label: 'nav.duties' },
      { to: '/round', label: 'nav.round' },
      { to: '/station', label: 'nav.station' },
      { to: '/waiting', label: 'nav.waiting' },
      { to: '/messages', label: 'nav.messages' },
    ],
  },
  {
    label: 'nav.group.reports',
    links: [
      { to: '/reports', label: 'nav.reports' },
      { to: '/audit', label: 'nav.audit' },
    ],
  },
];

/** Up to this many screens are listed one by one; more are grouped so the header keeps one row. */
export const FLAT_UP_TO = 6;

/** The header's navigation for a role: home first, then its screens, grouped when many. */
export function navFor(role: Role): NavEntry[] {
  const home: NavEntry = { kind: 'link', link: { to: '/', label: 'nav.home' } };
  const groups = GROUPS.map((g) => ({
    ...g,
    links: g.links.filter((link) => SCREENS[link.to]?.includes(role)),
  })).filter((g) => g.links.length > 0);
  const count = groups.reduce((n, g) => n + g.links.length, 0);
  if (count < FLAT_UP_TO)
    return [
      home,
      ...groups.flatMap((g) => g.links.map((link) => ({ kind: 'link' as const, link }))),
    ];
  return [
    home,
    ...groups.map((g): NavEntry =>
      g.links.length === 1
        ? { kind: 'link', link: g.links[0] }
        : { kind: 'group', label: g.label, links: g.links },
    ),
  ];
}

/** Whether an address is a link's screen or one of its pages (/cases/new under /cases). */
export function isCurrent(route: string, to: string): boolean {
  return route === to || (to !== '/' && route.startsWith(`${to}/`));
}
