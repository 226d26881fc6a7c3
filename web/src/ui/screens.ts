import type { SessionUser } from '../auth/session';

type Role = SessionUser['role'];
const SCHOOL: Role[] = ['director', 'deputy_academic', 'deputy_upbringing', 'teacher'];
const AUTHORS: Role[] = ['director', 'deputy_academic', 'teacher'];

/** Which roles reach each screen; the API checks the same again on every call. */
export const SCREENS: Record<string, Role[]> = {
  '/offices': ['admin'],
  '/schools': ['admin'],
  '/staff': ['admin', 'director'],
  '/classes': ['admin', ...SCHOOL],
  '/cases': AUTHORS,
  '/dispatch': SCHOOL,
  '/packets': SCHOOL,
  '/reviews': SCHOOL,
  '/duties': ['director', 'deputy_academic', 'deputy_upbringing'],
  '/round': ['director', 'deputy_upbringing', 'teacher'],
  '/station': ['post_clerk'],
  '/waiting': ['post_clerk'],
  '/reports': ['director', 'deputy_academic', 'deputy_upbringing'],
  '/messages': SCHOOL,
  '/audit': ['admin', 'director'],
};
