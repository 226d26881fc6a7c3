import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { BODY_LIMITS } from '@/common/http/body-limits';
import { RouteTable } from '@/common/http/route-table';
import { fromDatabaseError, isConnectionError } from './database-errors';
import { DomainError } from './domain-error';
import { ErrorBody, errorBody } from './error-body';
import { codeOfStatus, ErrorCode, httpStatusOf } from './error-codes';

/** Writes every error in the contract's shape; a 500 never shows internals. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly routes: RouteTable) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const body = this.wrongMethod(request, errorBodyOf(exception));
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
    for (const [name, value] of Object.entries(headersOf(body))) void response.header(name, value);
    void response.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }

  /** An address that exists, asked with a method it does not take: 405 naming those it does. */
  private wrongMethod(request: FastifyRequest, body: ErrorBody): ErrorBody {
    if (body.code !== 'route.not_found') return body;
    const allow = this.routes.methodsFor(request.url);
    if (allow.length === 0 || allow.includes(request.method)) return body;
    return errorBody(
      405,
      'request.method_not_allowed',
      `This address takes ${allow.join(', ')}, not ${request.method}.`,
      { allow },
    );
  }
}

/** The contract's error body for anything thrown; also used for per-item results of batches. */
export function errorBodyOf(exception: unknown): ErrorBody {
  if (exception instanceof DomainError)
    return errorBody(
      httpStatusOf(exception.code),
      exception.code,
      exception.message,
      exception.details,
    );
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof QueryFailedError)
    return fromDatabaseError(exception as QueryFailedError<Error>);
  if (isConnectionError(exception)) return fromDatabaseError(exception);
  if (isFrameworkError(exception)) return fromFrameworkError(exception);
  if (isClientHttpError(exception)) return fromClientHttpError(exception.statusCode);
  return errorBody(500, 'server.error', 'Something went wrong on our side; please try again.');
}

/** Headers an error implies: when to try again, which methods an address takes. */
function headersOf(body: ErrorBody): Record<string, string> {
  const details = (body.details ?? {}) as { retryAfterSeconds?: number; allow?: string[] };
  if (body.statusCode === 429 && details.retryAfterSeconds)
    return { 'Retry-After': String(details.retryAfterSeconds) };
  if (body.code === 'request.method_not_allowed' && details.allow)
    return { Allow: details.allow.join(', ') };
  return {};
}

/** Errors of http-errors' kind (thrown by the file server of the API docs) about the request. */
function isClientHttpError(value: unknown): value is { statusCode: number } {
  const { statusCode } = (value ?? {}) as { statusCode?: unknown };
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500;
}

/** A path the file server refused (outside its folder) is simply not there. */
function fromClientHttpError(status: number): ErrorBody {
  if (status === 403 || status === 404)
    return errorBody(
      404,
      'route.not_found',
      'There is no such address in this service; check the link.',
    );
  return errorBody(status, codeOfStatus(status), 'The request could not be served.');
}

/** Errors Nest raised itself (a pipe, an unknown route): a generic code for their status. */
function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const known = typeof response === 'string' ? FRAMEWORK_MESSAGES[response] : undefined;
  if (known) return errorBody(known.status ?? status, known.code, known.message);
  if (typeof response === 'string') return errorBody(status, codeOfStatus(status), response);
  const { message } = response as { message?: string | string[] };
  const text = Array.isArray(message) ? message.join('; ') : (message ?? exception.message);
  return errorBody(status, codeOfStatus(status), notFoundInOurWords(status, text));
}

/** Fastify's own errors (body parsing, multipart) carry a code like FST_ERR_CTP_… and a status. */
function isFrameworkError(value: unknown): value is { code: string; statusCode?: number } {
  const { code } = (value ?? {}) as { code?: unknown };
  return typeof code === 'string' && code.startsWith('FST_');
}

function fromFrameworkError(error: { code: string; statusCode?: number }): ErrorBody {
  const known = FRAMEWORK_CODES[error.code];
  if (known) return errorBody(known.status ?? 400, known.code, known.message);
  const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 400;
  return errorBody(status, codeOfStatus(status), 'The request could not be read.');
}

function notFoundInOurWords(status: number, text: string): string {
  return status === 404 && /^Cannot [A-Z]+ /.test(text)
    ? 'There is no such address in this service; check the link.'
    : text;
}

interface KnownError {
  code: ErrorCode;
  message: string;
  status?: number;
}

const unreadable = (message: string): KnownError => ({ code: 'request.body_unreadable', message });
const tooLarge = (message: string): KnownError => ({
  code: 'request.body_too_large',
  message,
  status: 413,
});

/** Fastify's words for a body it cannot read, said so a clerk or teacher knows what to do. */
const FRAMEWORK_MESSAGES: Record<string, KnownError> = {
  "Body is not valid JSON but content-type is set to 'application/json'": unreadable(
    'The request body is not valid JSON.',
  ),
  "Body cannot be empty when content-type is set to 'application/json'": unreadable(
    'The request body is empty; send a JSON object.',
  ),
  // The file server refusing a path outside its folder (Nest passes its error on as this
  // bare word): to the client, simply no such address.
  Forbidden: {
    code: 'route.not_found',
    message: 'There is no such address in this service; check the link.',
    status: 404,
  },
  'Request body is too large': tooLarge(
    `The request body is too large (at most ${BODY_LIMITS.jsonMb} MB).`,
  ),
};

const FRAMEWORK_CODES: Record<string, KnownError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: unreadable('The request body is not valid JSON.'),
  FST_ERR_CTP_EMPTY_JSON_BODY: unreadable('The request body is empty; send a JSON object.'),
  FST_ERR_CTP_BODY_TOO_LARGE: tooLarge(
    `The request body is too large (at most ${BODY_LIMITS.jsonMb} MB).`,
  ),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'request.unsupported_media_type',
    message: 'Send the body as JSON (Content-Type: application/json).',
    status: 415,
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: unreadable(
    'The request body is shorter or longer than its Content-Length says.',
  ),
  FST_ERR_BAD_URL: { code: 'route.not_found', message: 'The address is not valid.', status: 404 },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'request.invalid',
    message: 'A part of the address is longer than 100 characters: no record has such an id.',
  },
};
