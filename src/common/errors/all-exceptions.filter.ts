import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { BODY_LIMITS } from '@/common/http/body-limits';
import { DomainError } from './domain-error';
import { ErrorBody, errorBody } from './error-body';
import { httpStatusOf } from './http-status';

/** Writes every error in the contract's shape; a 500 never shows internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    const body = errorBodyOf(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    // A download already streaming cannot change its status any more: end it.
    if (response.raw.headersSent) {
      response.raw.end();
      return;
    }
    // A download handed the socket over but wrote nothing yet: answer the error there.
    if (response.sent) {
      response.raw.removeHeader('Content-Disposition');
      response.raw
        .writeHead(body.statusCode, { 'Content-Type': 'application/json; charset=utf-8' })
        .end(JSON.stringify(body));
      return;
    }
    void response.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }
}

/** The contract's error body for anything thrown; also used for per-item results of batches. */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof DomainError) {
    return errorBody(httpStatusOf(exception.code), exception.message, exception.details);
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof QueryFailedError)
    return fromDatabaseError(exception as QueryFailedError<Error>);
  if (isConnectionError(exception)) return databaseUnavailable();
  return errorBody(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'Something went wrong on our side; please try again.',
  );
}

function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  if (typeof response === 'string')
    return errorBody(status, UNREADABLE_BODY_MESSAGES[response] ?? response);
  const { message, details } = response as { message?: string | string[]; details?: unknown };
  const text = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
  return errorBody(status, text, details);
}

const UNIQUE_VIOLATION = '23505';
const NOT_NULL_VIOLATION = '23502';
const FOREIGN_KEY_VIOLATION = '23503';
/** Text or numbers PostgreSQL could not take: input the validation let through, still the client's. */
const BAD_INPUT_CODES = ['22021', '22P05', '22P02', '22003', '22007', '22008', '54000'];
const CONNECTION_CODES = [
  '57P01',
  '57P03',
  '08000',
  '08003',
  '08006',
  'ECONNREFUSED',
  'ECONNRESET',
];

function fromDatabaseError(error: QueryFailedError<Error>): ErrorBody {
  const { code, detail, column } = error.driverError as {
    code?: string;
    detail?: string;
    column?: string;
  };
  if (code === NOT_NULL_VIOLATION)
    return errorBody(
      HttpStatus.BAD_REQUEST,
      `${column ?? 'A required field'} must not be empty or null.`,
    );
  if (code === UNIQUE_VIOLATION)
    return errorBody(HttpStatus.CONFLICT, `Already exists: ${detail ?? 'duplicate value'}`);
  if (code === FOREIGN_KEY_VIOLATION)
    return errorBody(HttpStatus.CONFLICT, `Still referenced or missing: ${detail ?? ''}`.trim());
  if (code && BAD_INPUT_CODES.includes(code))
    return errorBody(
      HttpStatus.BAD_REQUEST,
      'A value in the request cannot be stored; check for unusual characters or out-of-range numbers.',
    );
  if (isConnectionError(error.driverError)) return databaseUnavailable();
  return errorBody(
    HttpStatus.INTERNAL_SERVER_ERROR,
    'Something went wrong on our side; please try again.',
  );
}

/** The database went away (restart, network, its socket file gone): the request can simply be tried again. */
function isConnectionError(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return (
    (code !== undefined && CONNECTION_CODES.includes(code)) ||
    /Connection terminated|connect (ECONNREFUSED|ENOENT)|timeout exceeded when trying to connect|not queryable|shutting down/i.test(
      message ?? '',
    )
  );
}

function databaseUnavailable(): ErrorBody {
  return errorBody(
    HttpStatus.SERVICE_UNAVAILABLE,
    'The database is unavailable; please try again shortly.',
  );
}

/**
 * Fastify's words for a body it cannot read (Nest hands them on as HTTP exceptions), said so
 * a clerk or teacher knows what to do.
 */
const UNREADABLE_BODY_MESSAGES: Record<string, string> = {
  "Body is not valid JSON but content-type is set to 'application/json'":
    'The request body is not valid JSON.',
  "Body cannot be empty when content-type is set to 'application/json'":
    'The request body is empty; send a JSON object.',
  'Request body is too large': `The request body is too large (at most ${BODY_LIMITS.jsonMb} MB).`,
  'request file too large': `The file is too large: a roster may be at most ${BODY_LIMITS.uploadMb} MB.`,
  'reach files limit': 'Attach one file only: the roster as the field "file".',
  'reach fields limit': 'The form has too many fields; send the roster, classId or schoolId.',
};
