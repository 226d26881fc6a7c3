import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBodyOf } from '../errors/all-exceptions.filter';
import { writeSecurityHeaders } from './security-headers';

/**
 * Addresses Fastify's router refuses before any hook runs (a path part over 100 characters,
 * a broken %-escape) are answered in the error contract, with the usual security headers.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const body = errorBodyOf(error);
  writeSecurityHeaders(reply.raw);
  void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
}
