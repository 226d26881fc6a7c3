import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { routeOf } from '@/auth/decorators';
import { mergeMap, Observable } from 'rxjs';
import type { Principal } from '@/auth/role';
import { AuditService } from './audit.service';

export const AUDIT_ENTITY = 'auditEntity';

const ACTIONS: Record<string, string> = {
  POST: 'create',
  PATCH: 'update',
  PUT: 'update',
  DELETE: 'delete',
};

/** Writes the audit row before the answer goes out, so no successful change goes unrecorded. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const entity = this.reflector.get<string>(AUDIT_ENTITY, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        if (request.user && entity) {
          const params = request.params as Record<string, string | undefined>;
          const id = (body as { id?: unknown } | null)?.id;
          await this.audit.record({
            actor: request.user,
            entity,
            action: ACTIONS[request.method] ?? request.method.toLowerCase(),
            route: `${request.method} ${routeOf(request) ?? request.url}`,
            targetId: typeof id === 'string' ? id : (params.id ?? params.code ?? null),
          });
        }
        return body;
      }),
    );
  }
}
