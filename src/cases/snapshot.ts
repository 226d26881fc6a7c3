import { LessonCase } from './lesson-case.entity';
import { Language } from '@/directory/classes/class-language';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { PostOffice } from '@/directory/post-offices/post-office.entity';
import { School } from '@/directory/schools/school.entity';
import { Student } from '@/directory/students/student.entity';
import { Subject } from '@/directory/subjects/subject.entity';
import {
  CaseSnapshot,
  FeedbackSnapshot,
  OfficeSnapshot,
  PacketSnapshot,
} from '@/rendering/packet-snapshot';

export interface SnapshotSources {
  school: School;
  schoolClass: SchoolClass;
  cases: LessonCase[];
  subjects: Map<string, Subject>;
  offices: Map<string, PostOffice>;
  returnDueOn: string;
}

/** Freezes what one pupil's packet prints. */
export function buildSnapshot(
  code: string,
  student: Student,
  sources: SnapshotSources,
  teacherFeedback: FeedbackSnapshot[] = [],
): PacketSnapshot {
  const { school, schoolClass } = sources;
  return {
    code,
    language: schoolClass.language,
    returnDueOn: sources.returnDueOn,
    school: {
      name: school.name,
      ...(school.shortName ? { shortName: school.shortName } : {}),
      address: school.address,
      locality: school.locality,
      region: school.region,
      office: office(sources, school.postOfficeId),
    },
    student: {
      fullName: student.fullName,
      address: student.address,
      postcode: student.postcode,
      delivery: student.delivery,
      ...(student.channel === 'by_hand' ? { byHand: true } : {}),
      guardianName: student.guardianName,
      guardianPhone: student.guardianPhone,
      office: office(sources, student.postOfficeId),
    },
    schoolClass: { grade: schoolClass.grade, letter: schoolClass.letter },
    cases: sources.cases.map((c) =>
      caseSnapshot(c, sources.subjects.get(c.subjectCode), sources.schoolClass.language),
    ),
    teacherFeedback,
  };
}

/** What a case prints, saved or not (a preview): its content with the subject's name. */
export type CaseContent = Omit<
  LessonCase,
  | 'schoolId'
  | 'school'
  | 'grade'
  | 'subject'
  | 'language'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
  | 'archivedAt'
>;

export function caseSnapshot(
  lessonCase: CaseContent,
  subject: Subject | undefined,
  language: Language,
): CaseSnapshot {
  const subjectName =
    (language === 'ru'
      ? subject?.nameRu
      : language === 'ky'
        ? (subject?.nameKy ?? subject?.nameKk)
        : subject?.nameKk) ?? lessonCase.subjectCode;
  return {
    id: lessonCase.id,
    subjectCode: lessonCase.subjectCode,
    subjectName,
    topic: lessonCase.topic,
    textbook: { title: lessonCase.textbookTitle, pages: lessonCase.textbookPages },
    summary: lessonCase.summary,
    questions: [...lessonCase.questions],
    ...(lessonCase.answerLines ? { answerLines: [...lessonCase.answerLines] } : {}),
    materials: [...lessonCase.materials],
    ...(lessonCase.images.length > 0
      ? {
          images: lessonCase.images.map(({ id, caption, width, height }) => ({
            id,
            caption,
            width,
            height,
          })),
        }
      : {}),
    feedback: lessonCase.feedback,
    estimatedMinutes: lessonCase.estimatedMinutes,
    passFail: subject?.assessment === 'pass_fail',
  };
}

function office(sources: SnapshotSources, id: string): OfficeSnapshot {
  const found = sources.offices.get(id);
  return {
    name: found?.name ?? '',
    postcode: found?.postcode ?? '',
    address: found?.address ?? '',
  };
}
