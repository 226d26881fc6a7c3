import { ListQueryDto } from '@/common/http/list-query.dto';
import {
  ValidateDate,
  ValidateEnum,
  ValidateSubjectCode,
  ValidateText,
  ValidateUUID,
} from '@/common/validation/decorators';
import { PACKET_STATUSES, PacketStatus } from '../packet-status';

export class ExtendReturnDto {
  @ValidateDate()
  returnDueOn: string;

  @ValidateText(300, { example: 'Жол жабылды (road closed)' })
  reason: string;
}

export class RedispatchDto {
  @ValidateDate()
  returnDueOn: string;
}

/** Packets of the caller's school, e.g. the work collected and waiting for review. */
export class PacketQueryDto extends ListQueryDto {
  @ValidateEnum(PACKET_STATUSES, { optional: true })
  status?: PacketStatus;

  @ValidateUUID({ optional: true })
  classId?: string;

  @ValidateSubjectCode({ optional: true })
  subjectCode?: string;

  /** Words of the pupil's name, in any case. */
  @ValidateText(100, { optional: true })
  search?: string;
}

export class ReprintDto {
  @ValidateText(300, { example: 'Жолда жоғалды (lost on the way)' })
  reason: string;
}

export class CorrectScanDto {
  /** The wrong event: the one that put the packet where it is now. */
  @ValidateUUID()
  eventId: string;

  @ValidateText(300, { example: 'Ошибочно отсканировано «вручено» вместо «прибыло»' })
  reason: string;
}
