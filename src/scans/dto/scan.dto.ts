import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ValidateEnum, ValidateTimestamp, ValidateUUID } from '@/common/validation/decorators';
import { SCAN_EVENTS } from '@/packets/journey';
import { UNDELIVERABLE_REASONS, UndeliverableReason } from '@/packets/packet-lifecycle';

export type ScanEvent = (typeof SCAN_EVENTS)[number];

export class ScanDto {
  @ApiProperty({
    example: 'RR123456785KZ',
    description: 'As the scanner typed it; layout look-alikes are mapped back',
  })
  @IsString()
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(40)
  code: string;

  @ValidateEnum(SCAN_EVENTS)
  event: ScanEvent;

  @ValidateUUID({ optional: true })
  postOfficeId?: string;

  @ValidateTimestamp({ optional: true })
  scannedAt?: string;

  @ApiPropertyOptional({
    description: 'The scan station’s id for this scan; a resend with the same id changes nothing',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, {
    message: 'clientId must be 1-64 letters, digits or _ . : -',
  })
  clientId?: string;

  @ValidateEnum(UNDELIVERABLE_REASONS, { optional: true })
  reason?: UndeliverableReason;
}

export class ScanBatchDto {
  @ApiProperty({
    type: [ScanDto],
    maxItems: 500,
    description: 'Applied in order; each scan succeeds or fails on its own',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'scans must hold at least one scan' })
  @ArrayMaxSize(500, {
    message: 'scans may hold at most 500 scans; send the rest in another batch',
  })
  @IsObject({ each: true, message: 'each of scans must be an object' })
  scans: object[];
}
