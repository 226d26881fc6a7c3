import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

export class CreatePrintJobDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 60,
    description: 'The dispatches to print as one PDF, in class order whatever the order given',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'dispatchIds must name at least one dispatch' })
  @ArrayMaxSize(60)
  @ArrayUnique({ message: 'dispatchIds must not repeat a dispatch' })
  @IsUUID('loose', { each: true, message: 'each of dispatchIds must be a dispatch id (UUID)' })
  dispatchIds: string[];
}

export const PRINT_JOB_STATUSES = ['preparing', 'ready', 'failed'] as const;
export type PrintJobStatus = (typeof PRINT_JOB_STATUSES)[number];

/** How far the preparation of one print run has gone. */
export class PrintJobView {
  id: string;
  @ApiProperty({ enum: PRINT_JOB_STATUSES, enumName: 'PrintJobStatus' })
  status: PrintJobStatus;
  /** Packets rendered so far. */
  done: number;
  total: number;
  fileName: string;
}
