import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { DispatchView } from '../dispatch.view';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateDate, ValidateEnum, ValidateUUID } from '@/common/validation/decorators';
import { Language, LANGUAGES } from '@/directory/classes/class-language';

/** The pupils of a class a dispatch goes to; without it, every active pupil. */
const ValidateStudentIds = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      type: [String],
      format: 'uuid',
      description: 'Default: every active pupil of the class',
    }),
    IsOptional(),
    IsArray(),
    ArrayMinSize(1, { message: 'studentIds, when given, must name at least one pupil' }),
    ArrayMaxSize(2000),
    ArrayUnique({ message: 'studentIds must not repeat a pupil' }),
    IsUUID('loose', { each: true, message: 'each of studentIds must be a pupil id (UUID)' }),
  );

export class CreateDispatchDto {
  @ValidateUUID()
  classId: string;

  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 12 })
  @IsArray()
  @ArrayMinSize(1, { message: 'caseIds must name at least one case' })
  @ArrayMaxSize(12)
  @ArrayUnique({ message: 'caseIds must not repeat a case' })
  @IsUUID('loose', { each: true, message: 'each of caseIds must be a case id (UUID)' })
  caseIds: string[];

  @ValidateStudentIds()
  studentIds?: string[];

  @ValidateDate()
  returnDueOn: string;

  @ApiPropertyOptional({
    description:
      'True to send although the class already has a dispatch of one of these cases still under way (the answer without it: 409 dispatch.already_sent)',
  })
  @IsOptional()
  @IsBoolean()
  confirmRepeat?: boolean;
}

/** One class of a dispatch to several classes, and which of its pupils (default: all). */
export class DispatchClassDto {
  @ValidateUUID()
  classId: string;

  @ValidateStudentIds()
  studentIds?: string[];
}

export class CreateDispatchesDto {
  @ApiProperty({ type: [DispatchClassDto], minItems: 1, maxItems: 60 })
  @IsArray()
  @ArrayMinSize(1, { message: 'classes must name at least one class' })
  @ArrayMaxSize(60)
  @ArrayUnique((c: DispatchClassDto) => c?.classId, { message: 'classes must not repeat a class' })
  @ValidateNested({ each: true })
  @Type(() => DispatchClassDto)
  classes: DispatchClassDto[];

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 60,
    description: 'Each class gets the cases written for its grade and language',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'caseIds must name at least one case' })
  @ArrayMaxSize(60)
  @ArrayUnique({ message: 'caseIds must not repeat a case' })
  @IsUUID('loose', { each: true, message: 'each of caseIds must be a case id (UUID)' })
  caseIds: string[];

  @ValidateDate()
  returnDueOn: string;

  @ApiPropertyOptional({
    description:
      'True to send although the class already has a dispatch of one of these cases still under way (the answer without it: 409 dispatch.already_sent)',
  })
  @IsOptional()
  @IsBoolean()
  confirmRepeat?: boolean;
}

/** The dispatches made for several classes, in the order the classes were given. */
export class DispatchesMade {
  items: DispatchView[];
}

export class DispatchQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;
}

/** `?language=ru`: the CSV's column headers in the reader's language (default: the class's). */
export class ManifestCsvQueryDto {
  @ValidateEnum(LANGUAGES, { optional: true })
  language?: Language;
}
