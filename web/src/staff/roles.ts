import type { SessionUser } from '../auth/session';

type Role = SessionUser['role'];

/** The roles of a school's staff: what a school member may be made. */
export const SCHOOL_ROLES: Role[] = ['teacher', 'deputy_academic', 'deputy_upbringing', 'director'];
