import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsService } from 'nestjs-cls';
import { defer, lastValueFrom, Observable } from 'rxjs';
import { routeOf } from '@/auth/decorators';
import { committingRequest } from '@/common/database/transactions';
import type { Principal } from '@/auth/role';
import { openAuditNote } from './audit-note';
import { AuditedCall, auditRecordOf } from './audit-row';
import { AuditService } from './audit.service';

export const AUDIT_ENTITY = 'auditEntity';
export const AUDIT_ACTION = 'auditAction';

type Request = FastifyRequest & { user?: Principal };

/**
 * Runs an audited route in one transaction with its audit row: the change is kept only with
 * its row, and a row that cannot be written undoes the change.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    private readonly cls: ClsService,
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const entity = this.reflector.get<string>(AUDIT_ENTITY, context.getHandler());
    const action = this.reflector.get<string | undefined>(AUDIT_ACTION, context.getHandler());
    const request = context.switchToHttp().getRequest<Request>();
    // Nest binds the handler to the async context in which handle() is subscribed: inside the
    // transaction, every service the handler calls reads and writes through it.
    return defer(() =>
      this.cls.run(() => {
        const note = openAuditNote();
        return committingRequest(() =>
          this.db.withTransaction(async () => {
            const body: unknown = await lastValueFrom(next.handle(), { defaultValue: undefined });
            if (request.user && !note.skip)
              await this.audit.record(
                auditRecordOf(callOf(request, request.user, body, entity, action), note),
              );
            return body;
          }),
        );
      }),
    );
  }
}

function callOf(
  request: Request,
  actor: Principal,
  body: unknown,
  entity: string,
  action: string | undefined,
): AuditedCall {
  return {
    actor,
    method: request.method,
    route: routeOf(request) ?? request.url,
    params: request.params as Record<string, string | undefined>,
    body,
    entity,
    action,
  };
}
