import { Role, ROLES } from './role';

/**
 * Who may call each route: the one place the permission matrix is written. The guards
 * enforce it and a route missing here is refused to everyone, so a new route cannot be
 * forgotten open. Which records a permitted caller then sees (their school, their office)
 * is decided by the services.
 */
export type Permission = 'public' | readonly Role[];

const EVERYONE = ROLES;
const SCHOOL_STAFF: readonly Role[] = [
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
  'teacher',
];
const AUTHORS: readonly Role[] = ['director', 'deputy_academic', 'teacher'];
const SENDERS: readonly Role[] = ['director', 'deputy_academic', 'deputy_upbringing', 'teacher'];
/** Who fixes the dates packets go out and come back (seed 002): the academic deputy. */
const TIMETABLERS: readonly Role[] = ['director', 'deputy_academic'];
const SCHOOL_ONLY: readonly Role[] = SCHOOL_STAFF.filter((role) => role !== 'admin');
/** The director and both deputies: they also set wrong scans right. */
export const DEPUTIES: readonly Role[] = ['director', 'deputy_academic', 'deputy_upbringing'];
/** Who decides a pupil's channel (`002_…txt`: the deputy for upbringing, the director over them). */
const CHANNEL_DECIDERS: readonly Role[] = ['director', 'deputy_upbringing'];

export const PERMISSIONS: Record<string, Permission> = {
  'POST /auth/login': 'public',
  // Answers 204 whatever the token, so signing out never turns into "sign in again".
  'POST /auth/logout': 'public',
  'GET /health': 'public',
  'GET /scan': 'public',
  'GET /dashboard': 'public',

  'POST /post-offices': ['admin'],
  'POST /post-offices/import': ['admin'],
  'GET /post-offices': EVERYONE,
  'GET /post-offices/:id': EVERYONE,
  'PATCH /post-offices/:id': ['admin'],
  'POST /post-offices/:id/archive': ['admin'],
  'POST /post-offices/:id/restore': ['admin'],
  'DELETE /post-offices/:id': ['admin'],
  'POST /schools': ['admin'],
  'GET /schools': EVERYONE,
  'GET /schools/:id': EVERYONE,
  'PATCH /schools/:id': ['admin', 'director'],
  'POST /schools/:id/archive': ['admin'],
  'POST /schools/:id/restore': ['admin'],
  'DELETE /schools/:id': ['admin'],
  'POST /auth/password': EVERYONE,
  'POST /staff': ['admin', 'director'],
  'POST /staff/clerks': ['admin'],
  'GET /staff': SCHOOL_STAFF,
  'GET /staff/:id': ['admin', 'director'],
  'PATCH /staff/:id': ['admin', 'director'],
  'POST /staff/:id/deactivate': ['admin', 'director'],
  'POST /staff/:id/reactivate': ['admin', 'director'],
  'POST /staff/:id/password': ['admin', 'director'],
  'PATCH /staff/:id/role': ['admin'],
  'POST /classes': ['admin', ...DEPUTIES],
  'GET /classes': SCHOOL_STAFF,
  'GET /classes/:id': SCHOOL_STAFF,
  'PATCH /classes/:id': ['admin', ...DEPUTIES],
  'POST /classes/:id/archive': ['admin', ...DEPUTIES],
  'POST /classes/:id/restore': ['admin', ...DEPUTIES],
  'DELETE /classes/:id': ['admin', ...DEPUTIES],
  'POST /students': SCHOOL_STAFF,
  'POST /students/import': SCHOOL_STAFF,
  'GET /students/import/template.csv': SCHOOL_STAFF,
  'GET /students': SCHOOL_STAFF,
  'GET /students/:id': SCHOOL_STAFF,
  'PATCH /students/:id': SCHOOL_STAFF,
  'PATCH /students/:id/channel': CHANNEL_DECIDERS,
  'GET /subjects': EVERYONE,

  'POST /cases': AUTHORS,
  'POST /cases/preview.pdf': AUTHORS,
  'GET /cases': SCHOOL_STAFF,
  'GET /cases/:id': SCHOOL_STAFF,
  'PATCH /cases/:id': AUTHORS,
  'POST /cases/:id/archive': AUTHORS,
  'POST /cases/:id/restore': AUTHORS,
  'DELETE /cases/:id': AUTHORS,
  'POST /cases/:id/images': AUTHORS,
  'GET /cases/:id/images/:imageId/picture.png': SCHOOL_STAFF,
  'PATCH /cases/:id/images/:imageId': AUTHORS,
  'DELETE /cases/:id/images/:imageId': AUTHORS,

  'POST /schedule': TIMETABLERS,
  'GET /schedule/assignments': SCHOOL_ONLY,
  'POST /schedule/assignments': TIMETABLERS,
  'PATCH /schedule/assignments/:id': TIMETABLERS,
  'DELETE /schedule/assignments/:id': TIMETABLERS,
  'PUT /schedule/assignments/classes/:classId': TIMETABLERS,
  'GET /schedule': SCHOOL_ONLY,
  'GET /schedule/due': SCHOOL_ONLY,
  'GET /schedule/:id': SCHOOL_ONLY,
  'PATCH /schedule/:id': TIMETABLERS,
  'DELETE /schedule/:id': TIMETABLERS,
  'POST /schedule/:id/cases': AUTHORS,
  'DELETE /schedule/:id/cases/:caseId': AUTHORS,
  'POST /schedule/:id/release': TIMETABLERS,

  'POST /dispatches': SENDERS,
  'POST /dispatches/batch': SENDERS,
  'POST /dispatches/:id/cancel': SENDERS,
  'GET /dispatches': SCHOOL_STAFF,
  'GET /dispatches/:id': SCHOOL_STAFF,
  'GET /dispatches/:id/packets.pdf': SCHOOL_STAFF,
  'GET /dispatches/:id/manifest.pdf': SCHOOL_STAFF,
  'GET /dispatches/:id/manifest.csv': SCHOOL_STAFF,
  'POST /print-jobs': SCHOOL_STAFF,
  'GET /print-jobs/:id': SCHOOL_STAFF,
  'GET /print-jobs/:id/packets.pdf': SCHOOL_STAFF,
  'GET /packets': SCHOOL_STAFF,
  'GET /packets/waiting': ['post_clerk'],
  'GET /packets/:code': EVERYONE,
  'GET /packets/:code/pdf': SCHOOL_STAFF,
  'GET /packets/:code/kazpost': EVERYONE,
  'GET /kazpost/status': ['admin'],
  'POST /packets/:code/review': SENDERS,
  'POST /packets/:code/review/preview.pdf': SENDERS,
  'PATCH /packets/:code/reviews/:caseId': SENDERS,
  'PATCH /packets/:code/return-due-on': DEPUTIES,
  'POST /packets/:code/redispatch': SENDERS,
  'POST /packets/:code/reprint': SENDERS,
  'POST /packets/:code/corrections': ['post_clerk', ...DEPUTIES],

  'POST /scans': EVERYONE,
  'POST /scans/batch': EVERYONE,

  'POST /collection-duties': ['director', 'deputy_upbringing'],
  'POST /collection-duties/:id/end': ['director', 'deputy_upbringing'],
  'POST /collection-duties/:id/handover': ['director', 'deputy_upbringing'],
  'GET /collection-duties': SCHOOL_STAFF,
  'GET /collection-duties/:id/to-carry': SCHOOL_STAFF,
  'POST /collection-duties/:id/rounds': ['admin', 'director', 'deputy_upbringing', 'teacher'],
  'POST /collection-duties/:id/brought-in': ['admin', 'director', 'deputy_upbringing', 'teacher'],

  'GET /reports/summary': EVERYONE,
  'GET /reports/returns': SCHOOL_STAFF,
  'GET /reports/returns.csv': SCHOOL_STAFF,
  'GET /reports/classes/:id/matrix': SCHOOL_STAFF,
  'GET /reports/classes/:id/marks.csv': SCHOOL_STAFF,
  'GET /audit': ['admin', 'director'],
  'GET /notifications': SCHOOL_STAFF,
};

/**
 * The permission of a request, by method and the route pattern the router matched. HEAD is
 * the router's own twin of GET (headers only), so it has GET's permission.
 */
export function permissionFor(
  method: string,
  routePath: string | undefined,
): Permission | undefined {
  if (routePath === undefined) return undefined;
  const verb = method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase();
  return PERMISSIONS[`${verb} ${routePath}`];
}
