import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateDate, ValidateEnum, ValidateUUID } from '@/common/validation/decorators';

export const AUDITED_ENTITIES = [
  'post_office',
  'school',
  'staff',
  'class',
  'student',
  'case',
  'dispatch',
  'packet',
  'duty',
  'review',
  'scheduled_packet',
  'teaching_assignment',
] as const;

export class AuditQueryDto extends ListQueryDto {
  @ValidateEnum(AUDITED_ENTITIES, { optional: true })
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
