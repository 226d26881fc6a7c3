import { ApiExtraModels, ApiProperty, getSchemaPath, PickType } from '@nestjs/swagger';
import { DutyView } from '@/collection/duty.view';
import { CHANNELS, PupilChannel } from '@/directory/students/channel';

/** The counts of one row of the returns report (docs: README, "Reports: what the numbers mean"). */
export class ReturnCountsView {
  sent: number;
  delivered: number;
  returned: number;
  collected: number;
  reviewed: number;
  overdue: number;
}

/** The return rate (README, "Reports: what the numbers mean"). */
export class ReturnRateView extends ReturnCountsView {
  /** Work due by the report's date: returned (early or late) plus overdue. */
  due: number;
  /** returned / due, 0..1 to three decimals; 0 when nothing is due yet. */
  returnRate: number;
  /** The same in whole percent, rounded half up: what screens and the CSV show. */
  returnPercent: number;
}

export class ClassReturns extends ReturnRateView {
  classId: string;
  label: string;
}

export class SubjectReturns extends ReturnRateView {
  subjectCode: string;
  nameKk: string;
  nameRu: string;
  /** Null where the catalogue has no Kyrgyz name (Kyrgyz screens then show the Kazakh). */
  nameKy: string | null;
}

export class TotalReturns extends ReturnRateView {}

/**
 * One channel's pupils and returns: `post` and `by_hand` count their packets (by post: pickup
 * and door together); `online` pupils are counted and have no packet.
 */
export class ChannelReturns extends ReturnRateView {
  @ApiProperty({ enum: ['post', 'by_hand', 'online'] })
  channel: 'post' | 'by_hand' | 'online';
  /** Active pupils on the class lists today with this channel. */
  pupils: number;
}

/** A pupil with work due and nothing returned in the 28 days before the report's date. */
export class SilentPupilView {
  studentId: string;
  fullName: string;
  classLabel: string;
  guardianName: string;
  guardianPhone: string;
  /** How the pupil's packets reach them (never online: they owe no paper). */
  @ApiProperty({ enum: CHANNELS, enumName: 'PupilChannel' })
  channel: PupilChannel;
  lastReturnedAt: Date | null;
}

export class OverdueDuty extends PickType(DutyView, [
  'id',
  'kind',
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
  /** Returns per channel: by post, by hand, and the online pupils (no packet). */
  channels: ChannelReturns[];
  silentPupils: SilentPupilView[];
  overdueDuties: OverdueDuty[];
}

export class MatrixCase {
  caseId: string;
  /** The catalogue's subject: screens name it in the reader's language. */
  subjectCode: string;
  /** The subject as the packet printed it, in the case's language. */
  subjectName: string;
  topic: string;
}

export class MatrixCellView {
  status: string;
  code: string;
  overdue: boolean;
  /** The teacher's mark 1-10, once reviewed (graded subjects). */
  mark: number | null;
  /** Passed or not, once reviewed (pass/fail subjects). */
  passed: boolean | null;
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
