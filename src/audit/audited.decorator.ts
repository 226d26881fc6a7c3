import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AUDIT_ACTION, AUDIT_ENTITY, AuditInterceptor } from './audit.interceptor';

/**
 * Records every successful call of the route in the audit log, as a change to `entity`; the
 * action is named by the method (create, update) unless given (deactivate, reset_password).
 */
export const Audited = (entity: string, action?: string): MethodDecorator =>
  applyDecorators(
    SetMetadata(AUDIT_ENTITY, entity),
    SetMetadata(AUDIT_ACTION, action),
    UseInterceptors(AuditInterceptor),
  );
