import { Language } from '@/directory/classes/class-language';
import { DeliveryMode } from '@/directory/students/delivery';

/** Everything a packet prints, fixed when the packet is made: later edits never change it. */
export interface PacketSnapshot {
  code: string;
  language: Language;
  returnDueOn: string;
  school: {
    name: string;
    /** The school's short name for paper (absent in packets made before it existed). */
    shortName?: string;
    address: string;
    locality: string;
    region: string;
    office: OfficeSnapshot;
  };
  student: {
    fullName: string;
    address: string;
    postcode: string;
    delivery: DeliveryMode;
    /** Carried by hand rather than posted (absent in packets made before channels). */
    byHand?: boolean;
    guardianName: string;
    guardianPhone: string;
    office: OfficeSnapshot;
  };
  schoolClass: { grade: number; letter: string };
  cases: CaseSnapshot[];
  teacherFeedback: FeedbackSnapshot[];
}

export interface OfficeSnapshot {
  name: string;
  postcode: string;
  address: string;
}

export interface CaseSnapshot {
  id: string;
  subjectCode: string;
  subjectName: string;
  topic: string;
  textbook: { title: string; pages: string };
  summary: string;
  questions: string[];
  /** Lines per question as the author set them; absent: by each question's length. */
  answerLines?: number[];
  materials: string[];
  /** Pictures after the materials (absent in packets made before cases had them). */
  images?: ImageSnapshot[];
  feedback: string;
  estimatedMinutes: number;
  /** Assessed pass/fail, not marked (absent in packets made before it was recorded). */
  passFail?: boolean;
}

/** A picture as the packet prints it: its print-ready file (by id) and caption. */
export interface ImageSnapshot {
  id: string;
  caption: string;
  width: number;
  height: number;
}

/** A teacher's comment on work the pupil returned earlier, printed in the next packet. */
export interface FeedbackSnapshot {
  subjectName: string;
  topic: string;
  mark?: number;
  passed?: boolean;
  comment: string;
}
