import { ApiExtraModels, ApiProperty, getSchemaPath, PickType } from '@nestjs/swagger';
import { DutyView } from '@/collection/duty.view';

/** The counts of one row of the returns report (docs: README, "Reports: what the numbers mean"). */
export class ReturnCountsView {
  sent: number;
  delivered: number;
  returned: number;
  collected: number;
  reviewed: number;
  overdue: number;
}

export class ClassReturns extends ReturnCountsView {
  classId: string;
  label: string;
  /** returned / sent, 0..1 */
  returnRate: number;
}

export class SubjectReturns extends ReturnCountsView {
  subjectCode: string;
  nameKk: string;
  nameRu: string;
  returnRate: number;
}

export class TotalReturns extends ReturnCountsView {
  returnRate: number;
}

/** A pupil with work due and nothing returned in the 28 days before the report's date. */
export class SilentPupilView {
  studentId: string;
  fullName: string;
  classLabel: string;
  guardianName: string;
  guardianPhone: string;
  lastReturnedAt: Date | null;
}

export class OverdueDuty extends PickType(DutyView, [
  'id',
  'teacherName',
  'nextDueOn',
  'daysOverdue',
  'lastCollectedAt',
] as const) {}

export class ReturnsReport {
  asOf: string;
  schoolId: string | null;
  classes: ClassReturns[];
  subjects: SubjectReturns[];
  totals: TotalReturns;
  silentPupils: SilentPupilView[];
  overdueDuties: OverdueDuty[];
}

export class MatrixCase {
  caseId: string;
  subjectName: string;
  topic: string;
}

export class MatrixCellView {
  status: string;
  code: string;
  overdue: boolean;
}

@ApiExtraModels(MatrixCellView)
export class MatrixPupil {
  studentId: string;
  fullName: string;
  @ApiProperty({
    description: 'By case id',
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(MatrixCellView) },
  })
  cells: Record<string, MatrixCellView>;
}

/** Pupils by cases of a class, each cell the packet's status. */
export class ClassMatrix {
  asOf: string;
  classId: string;
  label: string;
  cases: MatrixCase[];
  pupils: MatrixPupil[];
}
