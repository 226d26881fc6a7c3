import type { MessageKey } from '../i18n/i18n';
import { MENU_GROUPS, pathOf, Role, ROUTES } from './routes';

export interface NavLink {
  to: string;
  label: MessageKey;
}
/** A top-level entry: one screen, or a named group of screens opened as a menu. */
export type NavEntry =
  { kind: 'link'; link: NavLink } | { kind: 'group'; label: MessageKey; links: NavLink[] };

/** Up to this many screens are listed one by one; more are grouped so the header keeps one row. */
export const FLAT_UP_TO = 6;

/** The route table's menu entries a role may open, by group. */
function groupsFor(role: Role): { label: MessageKey; links: NavLink[] }[] {
  return MENU_GROUPS.map((group) => ({
    label: group,
    links: ROUTES.flatMap((route) =>
      'menu' in route &&
      route.menu.group === group &&
      (route.roles as readonly Role[]).includes(role)
        ? [{ to: route.path, label: route.menu.label }]
        : [],
    ),
  })).filter((g) => g.links.length > 0);
}

/** The header's navigation for a role: home first, then its screens, grouped when many. */
export function navFor(role: Role): NavEntry[] {
  const home: NavEntry = { kind: 'link', link: { to: '/', label: 'nav.home' } };
  const groups = groupsFor(role);
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

/** Whether an address is a menu entry's screen or one of its pages (/cases/new under /cases). */
export function isCurrent(address: string, to: string): boolean {
  const path = pathOf(address);
  return path === to || (to !== '/' && path.startsWith(`${to}/`));
}
