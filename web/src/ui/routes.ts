import type { SessionUser } from '../auth/session';
import type { MessageKey } from '../i18n/i18n';

export type Role = SessionUser['role'];

export const ROLES: readonly Role[] = [
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
  'teacher',
  'post_clerk',
];
const SCHOOL: Role[] = ['director', 'deputy_academic', 'deputy_upbringing', 'teacher'];
const AUTHORS: Role[] = ['director', 'deputy_academic', 'teacher'];
const DEPUTIES: Role[] = ['director', 'deputy_academic', 'deputy_upbringing'];

/** The header's groups, in the order a term goes. */
export const MENU_GROUPS = [
  'nav.group.school',
  'nav.group.lessons',
  'nav.group.post',
  'nav.group.reports',
] as const satisfies MessageKey[];
export type MenuGroup = (typeof MENU_GROUPS)[number];

export interface Route {
  /** The address below /app/; a segment starting with ":" is a parameter ("/cases/:caseId"). */
  path: string;
  /** Which screen shows it (SignedIn.tsx draws each). */
  screen: string;
  /** Who may open it; the API checks the same again on every call. */
  roles: readonly Role[];
  /** The catalogue key naming the screen: the window's title. */
  title: MessageKey;
  /** Its entry in the header's menu; pages under a screen have none. */
  menu?: { group: MenuGroup; label: MessageKey };
}

/**
 * Every screen of the app, in menu order: the router, the header's menu, the role checks and
 * the window's title all read this one table.
 */
export const ROUTES = [
  { path: '/', screen: 'home', roles: ROLES, title: 'nav.home' },
  {
    path: '/offices',
    screen: 'offices',
    roles: ['admin'],
    title: 'offices.title',
    menu: { group: 'nav.group.school', label: 'nav.offices' },
  },
  {
    path: '/schools',
    screen: 'schools',
    roles: ['admin'],
    title: 'schools.title',
    menu: { group: 'nav.group.school', label: 'nav.schools' },
  },
  {
    path: '/staff',
    screen: 'staff',
    roles: ['admin', 'director'],
    title: 'staff.title',
    menu: { group: 'nav.group.school', label: 'nav.staff' },
  },
  {
    path: '/classes',
    screen: 'classes',
    roles: ['admin', ...SCHOOL],
    title: 'classes.title',
    menu: { group: 'nav.group.school', label: 'nav.classes' },
  },
  {
    path: '/classes/:classId',
    screen: 'class',
    roles: ['admin', ...SCHOOL],
    title: 'classes.title',
  },
  {
    path: '/cases',
    screen: 'cases',
    roles: AUTHORS,
    title: 'cases.title',
    menu: { group: 'nav.group.lessons', label: 'nav.cases' },
  },
  { path: '/cases/new', screen: 'newCase', roles: AUTHORS, title: 'editor.newTitle' },
  { path: '/cases/:caseId', screen: 'case', roles: AUTHORS, title: 'editor.editTitle' },
  {
    path: '/dispatch',
    screen: 'dispatch',
    roles: SCHOOL,
    title: 'dispatch.title',
    menu: { group: 'nav.group.lessons', label: 'nav.dispatch' },
  },
  {
    path: '/schedule',
    screen: 'schedule',
    // The academic deputy's screen; teachers add cases from a case's page and see what is due at home.
    roles: ['director', 'deputy_academic'],
    title: 'schedule.title',
    menu: { group: 'nav.group.lessons', label: 'nav.schedule' },
  },
  {
    path: '/reviews',
    screen: 'reviews',
    roles: SCHOOL,
    title: 'reviews.title',
    menu: { group: 'nav.group.lessons', label: 'nav.reviews' },
  },
  {
    path: '/packets',
    screen: 'packets',
    roles: SCHOOL,
    title: 'desk.title',
    menu: { group: 'nav.group.post', label: 'nav.packets' },
  },
  { path: '/packets/:code', screen: 'packet', roles: SCHOOL, title: 'desk.title' },
  {
    path: '/duties',
    screen: 'duties',
    roles: DEPUTIES,
    title: 'duties.title',
    menu: { group: 'nav.group.post', label: 'nav.duties' },
  },
  {
    path: '/round',
    screen: 'round',
    roles: ['director', 'deputy_upbringing', 'teacher'],
    title: 'nav.round',
    menu: { group: 'nav.group.post', label: 'nav.round' },
  },
  {
    path: '/round/:dutyId/carry',
    screen: 'carry',
    roles: ['director', 'deputy_upbringing', 'teacher'],
    title: 'carry.open',
  },
  {
    path: '/station',
    screen: 'station',
    roles: ['post_clerk'],
    title: 'station.title',
    menu: { group: 'nav.group.post', label: 'nav.station' },
  },
  {
    path: '/waiting',
    screen: 'waiting',
    roles: ['post_clerk'],
    title: 'waiting.title',
    menu: { group: 'nav.group.post', label: 'nav.waiting' },
  },
  {
    path: '/messages',
    screen: 'messages',
    roles: SCHOOL,
    title: 'messages.title',
    menu: { group: 'nav.group.post', label: 'nav.messages' },
  },
  {
    path: '/reports',
    screen: 'reports',
    roles: DEPUTIES,
    title: 'reports.title',
    menu: { group: 'nav.group.reports', label: 'nav.reports' },
  },
  {
    path: '/reports/classes/:classId',
    screen: 'classMatrix',
    roles: DEPUTIES,
    title: 'reports.title',
  },
  {
    path: '/audit',
    screen: 'audit',
    roles: ['admin', 'director'],
    title: 'audit.title',
    menu: { group: 'nav.group.reports', label: 'nav.audit' },
  },
] as const satisfies readonly Route[];

export type ScreenName = (typeof ROUTES)[number]['screen'];

/** What an address opens for a role: a screen with its parameters, or why not. */
export type Resolution =
  | { kind: 'screen'; route: (typeof ROUTES)[number]; params: Record<string, string> }
  | { kind: 'forRole'; route: Route }
  | { kind: 'unknown' };

/** The address without its query ("/cases/new?from=x" is "/cases/new") and trailing "/". */
export function pathOf(address: string): string {
  const path = address.split(/[?#]/)[0];
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path || '/';
}

/** A path's parameters if it fits the pattern, segment by segment. */
function fit(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    if (segment.startsWith(':') && have[i] !== '') params[segment.slice(1)] = decode(have[i]);
    else if (segment !== have[i]) return undefined;
  }
  return params;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The screen an address shows a role; a named path ("/cases/new") wins over a parameter. */
export function resolve(address: string, role: Role): Resolution {
  const path = pathOf(address);
  const fits = ROUTES.flatMap((route) => {
    const params = fit(route.path, path);
    return params ? [{ route, params }] : [];
  }).sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  const found = fits[0];
  if (!found) return { kind: 'unknown' };
  if (!(found.route.roles as readonly Role[]).includes(role))
    return { kind: 'forRole', route: found.route };
  return { kind: 'screen', ...found };
}

/** Whether a role may open an address (a link to it is offered only then). */
export function mayOpen(role: Role, address: string): boolean {
  return resolve(address, role).kind === 'screen';
}
