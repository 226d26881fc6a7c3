import { HttpStatus } from '@nestjs/common';
import { DomainErrorCode } from './domain-error';

export function httpStatusOf(code: DomainErrorCode): HttpStatus {
  switch (code) {
    case DomainErrorCode.NotFound:
      return HttpStatus.NOT_FOUND;
    case DomainErrorCode.Invalid:
      return HttpStatus.BAD_REQUEST;
    case DomainErrorCode.Conflict:
      return HttpStatus.CONFLICT;
    case DomainErrorCode.Forbidden:
      return HttpStatus.FORBIDDEN;
    case DomainErrorCode.Unauthenticated:
      return HttpStatus.UNAUTHORIZED;
    case DomainErrorCode.Exhausted:
      return HttpStatus.UNPROCESSABLE_ENTITY;
  }
}
