import { ErrorCode } from './error-codes';

/** What went wrong, as a stable code (its HTTP status comes from error-codes.ts) and words. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const fail = (
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError => new DomainError(code, message, details);

/** The kinds of record a caller looks up by id; each has its `<kind>.not_found` code. */
const RECORD_NAMES = {
  post_office: 'Post office',
  school: 'School',
  staff: 'Staff member',
  class: 'Class',
  student: 'Pupil',
  subject: 'Subject',
  case: 'Case',
  dispatch: 'Dispatch',
  print_job: 'Print job',
  packet: 'Packet',
  duty: 'Collection duty',
  scheduled_packet: 'Scheduled packet',
} as const;
export type RecordKind = keyof typeof RECORD_NAMES;

export const notFound = (kind: RecordKind, id: string): DomainError =>
  new DomainError(`${kind}.not_found`, `${RECORD_NAMES[kind]} ${id} was not found.`, { id });
