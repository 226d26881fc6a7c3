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
  /** Subjects the school writes cases for in this grade and language that have none here yet. */
  missingSubjects: string[];
  load: PacketLoadView;
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
  subjectCode: string;
  /** The caller's cases of this subject already in the packet; empty while it is due. */
  caseIds: string[];
}

export class DueList {
  items: DueItem[];
}
