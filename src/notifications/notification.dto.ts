import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum, ValidateText, ValidateUUID } from '@/common/validation/decorators';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  NotificationKind,
  NotificationStatus,
} from './notification-kinds';

export class NotificationQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  studentId?: string;

  /** The packet's barcode (as printed or scanned). */
  @ValidateText(20, { optional: true })
  packetCode?: string;

  @ValidateEnum(NOTIFICATION_KINDS, { optional: true })
  kind?: NotificationKind;

  @ValidateEnum(NOTIFICATION_STATUSES, { optional: true })
  status?: NotificationStatus;
}
