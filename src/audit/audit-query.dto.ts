import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum } from '@/common/validation/decorators';

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
] as const;

export class AuditQueryDto extends ListQueryDto {
  @ValidateEnum(AUDITED_ENTITIES, { optional: true })
  entity?: string;
}
