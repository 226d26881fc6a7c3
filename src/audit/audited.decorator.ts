import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { AuditAction, AuditEntity } from './audit-actions';
import { AUDIT_ACTION, AUDIT_ENTITY, AuditInterceptor } from './audit.interceptor';

/**
 * Records every successful call of the route in the audit log, as a change to `entity`; the
 * action is named by the method (create, update) unless given (deactivate, reprint).
 */
export const Audited = (entity: AuditEntity, action?: AuditAction): MethodDecorator => {
  // The row is written after the change is made: a name too long for its column would turn a
  // done change into a 500, so it fails here, when the code loads.
  if (entity.length > 30 || (action?.length ?? 0) > 10)
    throw new Error(
      `@Audited('${entity}', '${action}'): entity at most 30, action at most 10 characters`,
    );
  return applyDecorators(
    SetMetadata(AUDIT_ENTITY, entity),
    SetMetadata(AUDIT_ACTION, action),
    UseInterceptors(AuditInterceptor),
  );
};
