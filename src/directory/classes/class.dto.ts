import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { ArchivedFlag, ValidateArchivedFlag } from '@/common/database/archived';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum, ValidateInt, ValidateUUID } from '@/common/validation/decorators';
import { LANGUAGES, Language } from './class-language';

export class CreateClassDto {
  @ValidateUUID()
  schoolId: string;

  @ValidateInt(0, 12, { example: 5 })
  grade: number;

  @ApiProperty({ example: 'Ә', description: 'The class letter; Kazakh letters are fine' })
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toUpperCase() : value,
  )
  @Matches(/^[\p{L}\d]{1,4}$/u, { message: 'letter must be 1-4 letters or digits, such as А or Ә' })
  letter: string;

  @ValidateEnum(LANGUAGES)
  language: Language;

  @ValidateUUID({ optional: true })
  classTeacherId?: string;
}

/** The class's grade, letter, language or class teacher, corrected; `classTeacherId: null` leaves it without one. */
export class UpdateClassDto extends PartialType(
  OmitType(CreateClassDto, ['schoolId', 'classTeacherId'] as const),
) {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('loose')
  classTeacherId?: string | null;
}

export class ClassQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;

  @ValidateArchivedFlag()
  archived?: ArchivedFlag;
}
