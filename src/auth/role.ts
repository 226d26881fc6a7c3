export const ROLES = [
  'admin',
  'director',
  'deputy_academic',
  'deputy_upbringing',
  'teacher',
  'post_clerk',
] as const;
export type Role = (typeof ROLES)[number];

export const SCHOOL_ROLES: readonly Role[] = [
  'director',
  'deputy_academic',
  'deputy_upbringing',
  'teacher',
];

/** Who is calling, as carried in the access token. */
export interface Principal {
  id: string;
  role: Role;
  schoolId?: string;
  postOfficeId?: string;
}
