import { ValidateEnum, ValidateInt } from '@/common/validation/decorators';
import { LANGUAGES, Language } from '../classes/class-language';

export class SubjectQueryDto {
  @ValidateInt(0, 12, { optional: true })
  grade?: number;

  @ValidateEnum(LANGUAGES, { optional: true })
  language?: Language;
}
