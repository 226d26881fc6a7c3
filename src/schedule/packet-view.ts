import { WrittenSubject } from '@/cases/cases.repository';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { AssignmentView } from './assignments/assignment.dto';
import { expectedSubjects } from './expected-subjects';
import { packetLoad } from './packet-load';
import { PacketCaseRow } from './schedule.repository';
import { ScheduledPacket } from './scheduled-packet.entity';
import { ScheduledPacketView } from './scheduled-packet.view';

/** A class as the expected subjects need it. */
export const classOf = (c: SchoolClass) => ({ id: c.id, grade: c.grade, language: c.language });

/** A packet with its cases, what it still lacks and from whom, and its load. */
export function toView(
  p: ScheduledPacket,
  cases: PacketCaseRow[],
  written: WrittenSubject[],
  assignments: AssignmentView[],
): Omit<ScheduledPacketView, 'pupils' | 'envelopes'> {
  const c = p.schoolClass!;
  const present = new Set(cases.map((x) => x.subjectCode));
  const expected = expectedSubjects(classOf(c), assignments, written);
  const missing = expected.subjects
    .filter((s) => !present.has(s.subjectCode))
    .map(({ subjectCode, teacherId }) => ({
      subjectCode,
      teacherId,
      teacherName: assignments.find((a) => a.teacherId === teacherId)?.teacherName ?? null,
    }));
  return {
    id: p.id,
    schoolId: p.schoolId,
    classId: p.classId,
    grade: c.grade,
    letter: c.letter,
    language: c.language,
    goesOutOn: p.goesOutOn,
    comesBackOn: p.comesBackOn,
    releasedAt: p.releasedAt?.toISOString() ?? null,
    dispatchId: p.dispatchId ?? null,
    cases: cases.map(({ scheduledPacketId: _, ...rest }) => rest),
    missingSubjects: missing.map((m) => m.subjectCode),
    missing,
    subjectsFrom: expected.source,
    load: packetLoad(c.grade, p, cases),
  };
}
