/**
 * The kinds of record the audit log names and what can be done to them: each has words in the
 * web app's catalogues (`audit.entity.*`, `audit.action.*`), which a test checks, so no row
 * reads "other action".
 */
export const AUDIT_ENTITIES = [
  'post_office',
  'school',
  'staff',
  'class',
  'student',
  'case',
  'dispatch',
  'packet',
  'duty',
  'review',
  'scheduled_packet',
  'teaching_assignment',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'import',
  'deactivate',
  'reactivate',
  'password',
  'correct',
  'reprint',
  'archive',
  'restore',
  'channel',
  'cancel',
  'end',
  'handover',
  'add_case',
  'drop_case',
  'release',
  'image_add',
  'image_edit',
  'image_del',
  'round',
  'set_class',
  'brought_in',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
