import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { routeOf } from '@/auth/decorators';
import { mergeMap, Observable } from 'rxjs';
import type { Principal } from '@/auth/role';
import { AuditNote, runWithAuditNote } from './audit-note';
import { AuditService } from './audit.service';

export const AUDIT_ENTITY = 'auditEntity';
export const AUDIT_ACTION = 'auditAction';

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
    const action = this.reflector.get<string | undefined>(AUDIT_ACTION, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: Principal }>();
    const note: AuditNote = {};
    // Nest binds the handler to the async context in which handle() is called: calling it
    // inside the note's context lets the services the handler calls add to the note.
    return runWithAuditNote(note, () => this.record(next, request, entity, action, note));
  }

  private record(
    next: CallHandler,
    request: FastifyRequest & { user?: Principal },
    entity: string | undefined,
    action: string | undefined,
    note: AuditNote,
  ): Observable<unknown> {
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        if (request.user && entity && !note.skip) {
          const params = request.params as Record<string, string | undefined>;
          const { id, schoolId } = (body ?? {}) as { id?: unknown; schoolId?: unknown };
          await this.audit.record({
            actor: request.user,
            entity,
            action: action ?? ACTIONS[request.method] ?? request.method.toLowerCase(),
            route: `${request.method} ${routeOf(request) ?? request.url}`,
            targetId: typeof id === 'string' ? id : (params.id ?? params.code ?? null),
            schoolId:
              note.schoolId !== undefined
                ? note.schoolId
                : typeof schoolId === 'string'
                  ? schoolId
                  : (request.user.schoolId ?? null),
            changes: note.changes ?? null,
          });
        }
        return body;
      }),
    );
  }
}
