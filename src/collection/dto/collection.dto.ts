import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { DUTY_KINDS, DutyKind } from '../duty-kind';
import {
  ValidateDate,
  ValidateEnum,
  ValidateInt,
  ValidateTimestamp,
  ValidateUUID,
} from '@/common/validation/decorators';

export class CreateDutyDto {
  @ValidateUUID()
  schoolId: string;

  @ValidateUUID()
  teacherId: string;

  /** collect (default): at the post offices; carry: by-hand packets to those offices' villages. */
  @ValidateEnum(DUTY_KINDS, { optional: true })
  kind?: DutyKind;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 20 })
  @IsArray()
  @ArrayMinSize(1, { message: 'postOfficeIds must name at least one post office' })
  @ArrayMaxSize(20)
  @ArrayUnique({ message: 'postOfficeIds must not repeat an office' })
  @IsUUID('loose', { each: true, message: 'each of postOfficeIds must be a post office id (UUID)' })
  postOfficeIds: string[];

  @ValidateDate()
  startsOn: string;

  @ValidateDate({ optional: true })
  endsOn?: string;

  @ValidateInt(1, 14, { optional: true, example: 14 })
  maxIntervalDays?: number;
}

/** The teacher who takes the duty over from today, for the same offices and dates. */
export class HandOverDutyDto {
  @ValidateUUID()
  teacherId: string;
}

export class DutyQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;

  @ValidateDate({ optional: true })
  asOf?: string;
}

export class RoundDto {
  @ValidateUUID()
  postOfficeId: string;

  @ValidateTimestamp()
  collectedAt: string;

  @ApiProperty({
    type: [String],
    maxItems: 1000,
    example: ['RR123456785KZ'],
    description: 'Codes of the work taken; may be empty for a visit with nothing to take',
  })
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  codes: string[];

  @ApiProperty({
    type: [String],
    required: false,
    maxItems: 1000,
    example: ['RR123456785KZ'],
    description:
      "A carrier's round only: codes of the by-hand packets handed over to the families on this visit",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  handedOver?: string[];
}
