import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateDate, ValidateEnum, ValidateUUID } from '@/common/validation/decorators';
import { AUDIT_ENTITIES } from './audit-actions';

export class AuditQueryDto extends ListQueryDto {
  @ValidateEnum(AUDIT_ENTITIES, { optional: true })
  entity?: string;

  /** Changes made by this member of staff. */
  @ValidateUUID({ optional: true })
  actorId?: string;

  /** From this local date (Kazakhstan), whole day included. */
  @ValidateDate({ optional: true })
  from?: string;

  /** Up to this local date, whole day included. */
  @ValidateDate({ optional: true })
  to?: string;
}
