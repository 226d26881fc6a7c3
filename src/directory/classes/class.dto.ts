import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
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

export class ClassQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;
}
