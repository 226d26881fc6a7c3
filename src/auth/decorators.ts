import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Principal } from './role';

export type AuthenticatedRequest = FastifyRequest & { user: Principal };

/** The route pattern the request matched, e.g. "/students/:id". */
export function routeOf(request: FastifyRequest): string | undefined {
  return request.routeOptions.url;
}

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
