import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';

/**
 * Limits password guessing per login and address, so one clerk's typos never lock out the
 * other clerks of an office that share its address.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as FastifyRequest;
    const body = request.body as { login?: unknown } | undefined;
    const login = typeof body?.login === 'string' ? body.login.toLowerCase() : '';
    return Promise.resolve(`${request.ip ?? ''}:${login}`);
  }

  protected throwThrottlingException(): Promise<void> {
    throw new HttpException(
      'Too many login attempts; wait a minute and try again.',
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
