import type { Principal } from '@/auth/role';
import type { AuditNote, FieldChanges } from './audit-note';

/** One row of the audit log, as the service writes it. */
export interface AuditRecord {
  actor: Principal;
  entity: string;
  action: string;
  route: string;
  targetId: string | null;
  /** What the record is called: the log names a pupil, a class or a packet without its id. */
  targetName: string | null;
  /** The school the changed record belongs to; null for records of no school. */
  schoolId: string | null;
  changes: FieldChanges | null;
}

/** A successful call of an audited route, as the interceptor saw it. */
export interface AuditedCall {
  actor: Principal;
  method: string;
  /** The route's pattern (`/schools/:id`), or the address when the route is unknown. */
  route: string;
  params: Record<string, string | undefined>;
  /** What the handler answered. */
  body: unknown;
  entity: string;
  /** Given by the route (deactivate, reprint); otherwise named by the method. */
  action?: string;
}

const ACTIONS: Record<string, string> = {
  POST: 'create',
  PATCH: 'update',
  PUT: 'update',
  DELETE: 'delete',
};

/**
 * The row a call leaves: the record is the one the answer names, else the route's; the school
 * is the one the service noted, else the answer's, else the caller's own.
 */
export function auditRecordOf(call: AuditedCall, note: AuditNote): AuditRecord {
  const { id, schoolId } = (call.body ?? {}) as { id?: unknown; schoolId?: unknown };
  return {
    actor: call.actor,
    entity: call.entity,
    action: call.action ?? ACTIONS[call.method] ?? call.method.toLowerCase(),
    route: `${call.method} ${call.route}`,
    targetId: typeof id === 'string' ? id : (call.params.id ?? call.params.code ?? null),
    targetName: (note.targetName ?? nameIn(call.body))?.slice(0, TARGET_NAME_MAX) ?? null,
    schoolId:
      note.schoolId !== undefined
        ? note.schoolId
        : typeof schoolId === 'string'
          ? schoolId
          : (call.actor.schoolId ?? null),
    changes: note.changes ?? null,
  };
}

/** The target_name column's width. */
const TARGET_NAME_MAX = 200;

/** A record's own name in an answer: a person's, a school's or office's, a case's topic, a code, a class. */
function nameIn(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { fullName, name, topic, code, grade, letter } = body as Record<string, unknown>;
  const named = [fullName, name, topic, code].find((v) => typeof v === 'string' && v !== '');
  if (typeof named === 'string') return named;
  return typeof grade === 'number' && typeof letter === 'string' ? `${grade} ${letter}` : undefined;
}
