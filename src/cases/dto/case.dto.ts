import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { MAX_ANSWER_LINES } from '@/rendering/answer-lines';
import {
  ValidateEnum,
  SafeText,
  ValidateSubjectCode,
  ValidateInt,
  ValidateText,
  ValidateUUID,
} from '@/common/validation/decorators';
import { LANGUAGES, Language } from '@/directory/classes/class-language';
import { ArchivedFlag, ValidateArchivedFlag } from '@/common/database/archived';

const trimEach = Transform(({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
);

export class TextbookDto {
  @ValidateText(200, { example: 'Қазақ тілі. 5-сынып' })
  title: string;

  @ValidateText(50, { example: '45-47' })
  pages: string;
}

export class CreateCaseDto {
  @ValidateUUID()
  schoolId: string;

  @ValidateInt(0, 12, { example: 5 })
  grade: number;

  @ValidateSubjectCode()
  subjectCode: string;

  @ValidateEnum(LANGUAGES)
  language: Language;

  @ValidateText(300, { example: 'Зат есімнің септелуі' })
  topic: string;

  @ApiProperty({ type: TextbookDto })
  @IsObject({ message: 'textbook must be an object with title and pages' })
  @ValidateNested()
  @Type(() => TextbookDto)
  textbook: TextbookDto;

  @ApiProperty({ maxLength: 6000, description: 'The short summary of the topic (конспект)' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'summary must not be empty' })
  @MaxLength(6000)
  @SafeText()
  summary: string;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 30 })
  @trimEach
  @IsArray()
  @ArrayMinSize(1, { message: 'questions must have at least 1 question' })
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each question must not be empty' })
  @MaxLength(1000, { each: true })
  @SafeText(true)
  questions: string[];

  @ApiPropertyOptional({
    type: [Number],
    maxItems: 30,
    description:
      'Lines to answer each question on (0-20), in the order of `questions`; without it, each question gets lines by its length',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsInt({ each: true, message: 'each of answerLines must be a whole number of lines' })
  @Min(0, { each: true })
  @Max(MAX_ANSWER_LINES, { each: true })
  answerLines?: number[];

  @ApiPropertyOptional({ type: [String], maxItems: 20 })
  @IsOptional()
  @trimEach
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'each material must not be empty' })
  @MaxLength(1000, { each: true })
  @SafeText(true)
  materials?: string[];

  @ValidateText(2000, { example: 'Жауаптарды жазып, 15 желтоқсанға дейін поштаға тапсырыңыз.' })
  feedback: string;

  @ValidateInt(1, 240, { example: 30 })
  estimatedMinutes: number;

  /** The case this one is a copy of: its pictures come along with their captions, each file copied. */
  @ValidateUUID({ optional: true })
  copyPicturesOf?: string;
}

/** School, grade and language fix who the case is for; the rest may change until it is sent. */
export class UpdateCaseDto extends PartialType(
  OmitType(CreateCaseDto, ['schoolId', 'copyPicturesOf'] as const),
) {}

export class CaseQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;

  @ValidateInt(0, 12, { optional: true })
  grade?: number;

  @ValidateSubjectCode({ optional: true })
  subjectCode?: string;

  @ValidateEnum(LANGUAGES, { optional: true })
  language?: Language;

  /** Cases this member of staff wrote. */
  @ValidateUUID({ optional: true })
  authorId?: string;

  /** Words of the topic or the textbook's title, in any case. */
  @ValidateText(100, { optional: true })
  search?: string;

  @ValidateArchivedFlag()
  archived?: ArchivedFlag;
}
