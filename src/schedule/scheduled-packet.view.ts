import { ApiProperty } from '@nestjs/swagger';
import { Language } from '@/directory/classes/class-language';

/** A case in a scheduled packet. */
export class ScheduledCaseView {
  id: string;
  subjectCode: string;
  topic: string;
  estimatedMinutes: number;
  /** Who put it into the packet. */
  addedBy: string;
}

/** The packet's study time against its grade's norms (README, "Study-time norms"). */
export class PacketLoadView {
  /** School days from the day it goes out to the day before work comes back. */
  studyDays: number;
  totalMinutes: number;
  minutesPerDay: number;
  /** The grade's daily norm; null where none is set. */
  dailyLimitMinutes: number | null;
  /** The grade's longest sitting; null where none is set. */
  sittingLimitMinutes: number | null;
  /** Cases longer than one sitting. */
  longCaseIds: string[];
  overDailyLimit: boolean;
  overNorm: boolean;
}

/** A subject the packet still lacks, and whose it is. */
export class MissingSubjectView {
  subjectCode: string;
  /** The teacher the academic deputy assigned it to in this class; null where none is. */
  teacherId: string | null;
  teacherName: string | null;
}

/** A date in the timetable: the class, its dates, the cases so far and their load. */
export class ScheduledPacketView {
  id: string;
  schoolId: string;
  classId: string;
  grade: number;
  letter: string;
  language: Language;
  goesOutOn: string;
  comesBackOn: string;
  /** Set once released for printing, with the dispatch it made. */
  releasedAt: string | null;
  dispatchId: string | null;
  cases: ScheduledCaseView[];
  /**
   * Subjects expected that have no case here yet: the class's assigned subjects, or (a class
   * with no assignment) those the school writes cases for in its grade and language.
   */
  missingSubjects: string[];
  /** The same, each with the teacher it is assigned to. */
  missing: MissingSubjectView[];
  /** Where the expected subjects come from: the class's assignments, or the cases written. */
  @ApiProperty({ enum: ['assignments', 'cases_written'] })
  subjectsFrom: 'assignments' | 'cases_written';
  load: PacketLoadView;
  /** The class's pupils now, and the envelopes a release would print (online pupils get none). */
  pupils: number;
  envelopes: number;
}

export class ScheduledPacketList {
  items: ScheduledPacketView[];
}

/** One subject a teacher writes, for the next packet of one class. */
export class DueItem {
  packetId: string;
  classId: string;
  grade: number;
  letter: string;
  goesOutOn: string;
  /** The day the work comes back. */
  comesBackOn: string;
  subjectCode: string;
  /** The caller's cases of this subject already in the packet; empty while it is due. */
  caseIds: string[];
}

export class DueList {
  items: DueItem[];
}
