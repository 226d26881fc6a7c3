import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AUDIT_ENTITY, AuditInterceptor } from './audit.interceptor';

/** Records every successful call of the route in the audit log, as a change to `entity`. */
export const Audited = (entity: string): MethodDecorator =>
  applyDecorators(SetMetadata(AUDIT_ENTITY, entity), UseInterceptors(AuditInterceptor));
