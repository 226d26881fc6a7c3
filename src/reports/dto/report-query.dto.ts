import { ValidateDate, ValidateSubjectCode, ValidateUUID } from '@/common/validation/decorators';

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
