/** What went wrong, in terms of the domain; mapped to HTTP in one place (http-status.ts). */
export enum DomainErrorCode {
  NotFound = 'NOT_FOUND',
  Invalid = 'INVALID',
  Conflict = 'CONFLICT',
  Forbidden = 'FORBIDDEN',
  Unauthenticated = 'UNAUTHENTICATED',
  Exhausted = 'EXHAUSTED',
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(DomainErrorCode.NotFound, `${what} ${id} was not found`);

export const invalid = (message: string, details?: unknown): DomainError =>
  new DomainError(DomainErrorCode.Invalid, message, details);

export const conflict = (message: string, details?: unknown): DomainError =>
  new DomainError(DomainErrorCode.Conflict, message, details);

export const forbidden = (message: string): DomainError =>
  new DomainError(DomainErrorCode.Forbidden, message);
