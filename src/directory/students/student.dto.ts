import { PrintableOnPaper } from '@/directory/printable-on-paper';
import { ApiHideProperty, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsInstance, IsOptional } from 'class-validator';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum, ValidateText, ValidateUUID } from '@/common/validation/decorators';
import { ValidatePhone, ValidatePostcode } from '../validate-postcode';
import { DELIVERY_MODES, DeliveryMode } from './delivery';
import { CHANNELS, PupilChannel } from './channel';
import { ROSTER_LANGUAGES, RosterLanguage } from './roster-columns';
import { ROSTER_REASONS, RosterReason } from './roster-csv';
import { ROSTER_OUTCOMES, RosterOutcome } from './roster-plan';

export class CreateStudentDto {
  @ValidateUUID()
  classId: string;

  @ValidateText(200, { example: 'Нұрланов Ерасыл Қайратұлы' })
  @PrintableOnPaper()
  fullName: string;

  @ValidateText(300, { example: 'Көктал ауылы, Абай көшесі, 12' })
  @PrintableOnPaper()
  address: string;

  @ValidatePostcode()
  postcode: string;

  @ValidateUUID()
  postOfficeId: string;

  /**
   * By post, picked up at the office (default) or to the door: the pupil's channel when added.
   * Afterwards the deputy for upbringing or the director changes it (`PATCH /students/:id/channel`).
   */
  @ValidateEnum(DELIVERY_MODES, { optional: true })
  delivery?: DeliveryMode;

  @ValidateText(200)
  @PrintableOnPaper()
  guardianName: string;

  @ValidatePhone()
  guardianPhone: string;

  /** Only when adding: a namesake in the class (409 student.namesake) is added once confirmed. */
  @ApiPropertyOptional({
    description:
      'true: another pupil of the class has this name (409 student.namesake) and this is a different child',
  })
  @IsOptional()
  @IsBoolean()
  confirmNamesake?: boolean;
}

export class UpdateStudentDto extends PartialType(
  OmitType(CreateStudentDto, ['confirmNamesake'] as const),
) {
  @ApiPropertyOptional({ description: 'false when the pupil has left the class' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ description: 'true when the guardian asked for no text messages' })
  @IsOptional()
  @IsBoolean()
  smsOptOut?: boolean;
}

/** The deputy for upbringing's decision of how a pupil's lessons reach them. */
export class ChangeChannelDto {
  @ValidateEnum(CHANNELS)
  channel: PupilChannel;

  /** Why (what the class teacher reported, a new courier): kept with the pupil and in the audit log. */
  @ValidateText(500, { example: 'Интернеті жоқ, ауылға мектеп көлігі барады' })
  reason: string;
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

export class RosterTemplateQueryDto {
  /** The language of the headers and the example row. */
  @ValidateEnum(ROSTER_LANGUAGES)
  language: RosterLanguage;

  /** "school": with a class column, for a whole school's file. */
  @ValidateEnum(['class', 'school'], { optional: true })
  scope?: 'class' | 'school';
}

export class RosterImportResult {
  /** Pupils added. */
  imported: number;
  /** Pupils added per class, by class label ("5 Ә"). */
  perClass: Record<string, number>;
  /** Pupils already on the list whose details the file corrected. */
  updated: number;
  /** Pupils already on the list, as the file has them. */
  unchanged: number;
  /** Rows naming a pupil who has left the class: not brought back (do it on the class page). */
  left: number;
  /** Rows imported with a namesake to check (the first 500): see the dry run's `warnings`. */
  warnings: RosterProblemView[];
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
  @ApiProperty({ enum: ROSTER_OUTCOMES })
  outcome: RosterOutcome;
}

/** A problem of one row and column of the file. */
export class RosterProblemView {
  row: number;
  /** The column's name in code (fullName, postcode...), whatever the file's header language. */
  column: string;
  @ApiProperty({ enum: ROSTER_REASONS })
  reason: RosterReason;
  message: string;
}

/** A row of the file as the service read it. */
export class RosterLine {
  row: number;
  /** Column (in code) -> the cell as read. */
  cells: Record<string, string>;
  /** What the row would do; "invalid" when it has problems. */
  @ApiProperty({ enum: [...ROSTER_OUTCOMES, 'invalid'] })
  outcome: RosterOutcome | 'invalid';
  /** For a row that corrects a pupil: column -> the value it replaces (texts people read). */
  before?: Record<string, string>;
}

/** The answer to a dry run: what would be imported, the counts and the bad rows; nothing was written. */
export class RosterPreview {
  dryRun: boolean;
  /** Pupils that would be added (0 while the file has problems). */
  wouldImport: number;
  wouldUpdate: number;
  unchanged: number;
  left: number;
  perClass: Record<string, number>;
  /** The file's columns the service recognised, in the file's order. */
  columns: string[];
  /** Rows in the file (the header not counted). */
  lineCount: number;
  /** Rows with at least one problem. */
  badLineCount: number;
  /** Problems in the whole file. */
  errorCount: number;
  /** The first 500 bad rows and the first 200 good ones as read, with what they would do. */
  lines: RosterLine[];
  /** The good rows of `lines` as they would be imported. */
  rows: RosterPreviewRow[];
  /** The problems of the rows in `lines`. */
  errors: RosterProblemView[];
  /** Namesakes to check in the whole file: they do not stop the import. */
  warningCount: number;
  /** The warnings of the rows in `lines` (each such row is shown, like a bad one). */
  warnings: RosterProblemView[];
}
