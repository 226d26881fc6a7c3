import { ValidateDate, ValidateInt, ValidateUUID } from '@/common/validation/decorators';

/**
 * Dates for a class, a grade or the whole school (neither classId nor grade): `count` packets
 * from `startOn`, one every `periodDays`, each coming back `returnAfterDays` after it goes out.
 */
export class CreateScheduleDto {
  @ValidateUUID({ optional: true })
  classId?: string;

  @ValidateInt(0, 12, { optional: true })
  grade?: number;

  @ValidateDate()
  startOn: string;

  /** 7 for weekly, 14 for fortnightly. */
  @ValidateInt(1, 28, { example: 7 })
  periodDays: number;

  @ValidateInt(1, 20, { example: 4 })
  count: number;

  /** Default: periodDays (work comes back when the next packet goes out). */
  @ValidateInt(1, 28, { optional: true })
  returnAfterDays?: number;
}

/** Moves one date; a date left out keeps its value. */
export class MoveScheduledPacketDto {
  @ValidateDate({ optional: true })
  goesOutOn?: string;

  @ValidateDate({ optional: true })
  comesBackOn?: string;
}

export class AddCaseDto {
  @ValidateUUID()
  caseId: string;
}

export class ScheduleQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;

  /** Only the next open packet of each class this case fits (grade and language). */
  @ValidateUUID({ optional: true })
  caseId?: string;
}
