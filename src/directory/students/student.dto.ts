import { ApiHideProperty, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInstance, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum, ValidateText, ValidateUUID } from '@/common/validation/decorators';
import { ValidatePhone, ValidatePostcode } from '../validate-postcode';
import { DELIVERY_MODES, DeliveryMode } from './delivery';

export class CreateStudentDto {
  @ValidateUUID()
  classId: string;

  @ValidateText(200, { example: 'Нұрланов Ерасыл Қайратұлы' })
  fullName: string;

  @ValidateText(300, { example: 'Көктал ауылы, Абай көшесі, 12' })
  address: string;

  @ValidatePostcode()
  postcode: string;

  @ValidateUUID()
  postOfficeId: string;

  @ValidateEnum(DELIVERY_MODES, { optional: true })
  delivery?: DeliveryMode;

  @ValidateText(200)
  guardianName: string;

  @ValidatePhone()
  guardianPhone: string;
}

export class UpdateStudentDto extends PartialType(CreateStudentDto) {
  @ApiPropertyOptional({ description: 'false when the pupil has left the class' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'true when the guardian asked for no text messages' })
  @IsOptional()
  @IsBoolean()
  smsOptOut?: boolean;
}

export class StudentQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;

  @ValidateUUID({ optional: true })
  schoolId?: string;
}

export class ImportRosterDto {
  @ValidateUUID({ optional: true })
  classId?: string;

  @ValidateUUID({ optional: true })
  schoolId?: string;

  /** "true": check the file and answer what would be imported, importing nothing. */
  @ValidateEnum(['true', 'false'], { optional: true })
  dryRun?: 'true' | 'false';

  /** The CSV itself: the upload interceptor puts the file in the body as a Buffer. */
  @ApiHideProperty()
  @IsOptional()
  @IsInstance(Buffer, { message: 'file must be an uploaded CSV file, not a text field' })
  file?: Buffer;
}

export class RosterImportResult {
  imported: number;
  /** Pupils added per class, by class label ("5 Ә"). */
  perClass: Record<string, number>;
}

/** One row of a roster as it would be imported. */
export class RosterPreviewRow {
  /** The row's number in the file (the header is row 1). */
  row: number;
  classLabel: string;
  fullName: string;
  address: string;
  postcode: string;
  postOfficeId: string;
  delivery: DeliveryMode;
  guardianName: string;
  guardianPhone: string;
}

/** A problem of one row and column of the file. */
export class RosterProblemView {
  row: number;
  column: string;
  message: string;
}

/** The answer to a dry run: what would be imported and every problem; nothing was written. */
export class RosterPreview {
  dryRun: boolean;
  wouldImport: number;
  perClass: Record<string, number>;
  rows: RosterPreviewRow[];
  errors: RosterProblemView[];
}
