import {
  ValidateDate,
  ValidateEnum,
  ValidateSubjectCode,
  ValidateUUID,
} from '@/common/validation/decorators';
import { CSV_LANGUAGES, CsvLanguage } from '../csv-words';

export class ReturnsQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;

  @ValidateUUID({ optional: true })
  classId?: string;

  @ValidateSubjectCode({ optional: true })
  subjectCode?: string;

  @ValidateDate({ optional: true })
  asOf?: string;
}

export class MatrixQueryDto {
  @ValidateDate({ optional: true })
  asOf?: string;
}

/** A CSV's headers and file name are in the reader's language (Kazakh by default). */
export class ReturnsCsvQueryDto extends ReturnsQueryDto {
  @ValidateEnum(CSV_LANGUAGES, { optional: true })
  language?: CsvLanguage;
}

export class MarksCsvQueryDto extends MatrixQueryDto {
  @ValidateEnum(CSV_LANGUAGES, { optional: true })
  language?: CsvLanguage;
}
