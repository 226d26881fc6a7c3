import { ValidateSubjectCode, ValidateUUID } from '@/common/validation/decorators';

/** The teacher of a subject in a class. */
export class CreateAssignmentDto {
  @ValidateUUID()
  classId: string;

  @ValidateSubjectCode()
  subjectCode: string;

  @ValidateUUID()
  teacherId: string;
}

/** Hands the subject in that class to another teacher. */
export class UpdateAssignmentDto {
  @ValidateUUID()
  teacherId: string;
}

export class AssignmentQueryDto {
  @ValidateUUID({ optional: true })
  classId?: string;
}

/** Who teaches a subject in a class. */
export class AssignmentView {
  id: string;
  classId: string;
  grade: number;
  letter: string;
  subjectCode: string;
  teacherId: string;
  teacherName: string;
}

export class AssignmentList {
  items: AssignmentView[];
}
