import { ClsServiceManager } from 'nestjs-cls';

/** A value of personal data as the audit log keeps it. */
export type AuditValue = string | number | boolean | null;
export type FieldChanges = Record<string, { before: AuditValue; after: AuditValue }>;

/** What a service adds to the audit row of the request it serves. */
export interface AuditNote {
  /** The school whose record changed (an admin's change shows in that school's log). */
  schoolId?: string | null;
  /** Personal data replaced: field -> { before, after }. */
  changes?: FieldChanges;
  /** What the changed record is called, when the answer does not say (a duty's teacher). */
  targetName?: string;
  /** Nothing changed after all (a dry run): no audit row. */
  skip?: boolean;
}

const NOTE = Symbol('audit note');

/** Starts the note of an audited request, in the async context the request runs in. */
export function openAuditNote(): AuditNote {
  const note: AuditNote = {};
  ClsServiceManager.getClsService().set(NOTE, note);
  return note;
}

/** Adds to the audit row of the current request; outside an audited route it does nothing. */
export function noteForAudit(note: AuditNote): void {
  const cls = ClsServiceManager.getClsService();
  const current = cls.isActive() ? cls.get<AuditNote | undefined>(NOTE) : undefined;
  if (current) Object.assign(current, note);
}

/** The fields whose values differ, before and after: what the audit log keeps. */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
  fields: readonly (keyof T & string)[],
): FieldChanges | undefined {
  const changes: FieldChanges = {};
  for (const field of fields)
    if (field in after && after[field] !== undefined && after[field] !== before[field])
      changes[field] = {
        before: before[field] as AuditValue,
        after: after[field] as AuditValue,
      };
  return Object.keys(changes).length > 0 ? changes : undefined;
}

/** A record removed: each field's last value, before, and nothing after. */
export function removedFields<T extends object>(
  before: T,
  fields: readonly (keyof T & string)[],
): FieldChanges {
  return Object.fromEntries(
    fields.map((field) => [field, { before: before[field] as AuditValue, after: null }]),
  );
}

/** A record archived or restored: when it was archived, before and after. */
export const archiveChange = (before: Date | null, after: Date | null): FieldChanges => ({
  archivedAt: { before: before?.toISOString() ?? null, after: after?.toISOString() ?? null },
});
