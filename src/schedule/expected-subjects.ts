import type { WrittenSubject } from '@/cases/cases.repository';

/** A class as the timetable needs it. */
export interface ClassOf {
  id: string;
  grade: number;
  language: string;
}

/** A subject taught in a class, and by whom. */
export interface Assignment {
  classId: string;
  subjectCode: string;
  teacherId: string;
}

/** A subject a class's packet should carry; whose it is when the deputy has assigned it. */
export interface ExpectedSubject {
  subjectCode: string;
  teacherId: string | null;
}

/** Where a class's expected subjects come from. */
export type SubjectsSource = 'assignments' | 'cases_written';

/**
 * The subjects a class's packet should carry. A class with any teacher assigned carries
 * exactly its assigned subjects; a class with none falls back to the subjects the school
 * writes cases for in its grade and language (no teacher known).
 */
export function expectedSubjects(
  schoolClass: ClassOf,
  assignments: Assignment[],
  written: WrittenSubject[],
): { source: SubjectsSource; subjects: ExpectedSubject[] } {
  const own = assignments.filter((a) => a.classId === schoolClass.id);
  if (own.length > 0)
    return {
      source: 'assignments',
      subjects: own
        .map(({ subjectCode, teacherId }) => ({ subjectCode, teacherId }))
        .sort((a, b) => a.subjectCode.localeCompare(b.subjectCode)),
    };
  return {
    source: 'cases_written',
    subjects: written
      .filter((w) => w.grade === schoolClass.grade && w.language === schoolClass.language)
      .map((w) => ({ subjectCode: w.subjectCode, teacherId: null })),
  };
}

/**
 * The subjects a teacher owes a class's packet: those assigned to them there; in a class with
 * no assignment, those they write cases for in its grade and language.
 */
export function subjectsOwed(
  teacherId: string,
  schoolClass: ClassOf,
  assignments: Assignment[],
  writtenByTeacher: WrittenSubject[],
): string[] {
  const { source, subjects } = expectedSubjects(schoolClass, assignments, writtenByTeacher);
  return source === 'assignments'
    ? subjects.filter((s) => s.teacherId === teacherId).map((s) => s.subjectCode)
    : subjects.map((s) => s.subjectCode);
}
