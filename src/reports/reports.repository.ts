import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KAZAKH_ORDER } from '@/common/collation';
import { ReturnCounts } from './report-arithmetic';
import type { SilentPupilView } from './report.view';
import { uncorrected } from '@/packets/corrections-sql';
import { PACKET_STATUSES, PacketStatus } from '@/packets/journey';

export interface ReportScope {
  schoolId: string | null;
  classId: string | null;
  subjectCode: string | null;
  asOf: string;
  asOfEnd: Date;
}

export interface ClassCounts extends ReturnCounts {
  classId: string;
  schoolId: string;
  grade: number;
  letter: string;
}

export interface SubjectCounts extends ReturnCounts {
  subjectCode: string;
}

/** The report's silent pupils are read as the answer shows them. */
export type SilentPupil = SilentPupilView;

export interface MatrixCell {
  studentId: string;
  caseId: string;
  subjectName: string;
  topic: string;
  code: string;
  status: PacketStatus;
  returnDueOn: string;
  mark: number | null;
  passed: boolean | null;
}

/** One reviewed case of a class, as the school's e-journal takes it. */
export interface ClassMark {
  fullName: string;
  subjectName: string;
  topic: string;
  reviewedAt: Date;
  mark: number | null;
  passed: boolean | null;
}

/**
 * The packets in scope as of the end of `asOf`. A packet's step times are written with the
 * event that proved each step (see PacketEventsService), so "reached X by asOf" is a
 * comparison on the packet row. Parameters: $1 end of asOf, $2 school, $3 class, $4
 * subject, $5 asOf.
 */
const SCOPE = `
  FROM packets p
 WHERE p.created_at < $1
   AND ($2::uuid IS NULL OR p.school_id = $2)
   AND ($3::uuid IS NULL OR p.class_id = $3)
   AND ($4::text IS NULL OR $4 = ANY (p.subject_codes))`;

const reached = (column: string): string => `COALESCE(p.${column} < $1, false)`;

const COUNTS = `
  count(*)::int AS sent,
  count(*) FILTER (WHERE ${reached('delivered_at')})::int AS delivered,
  count(*) FILTER (WHERE ${reached('returned_at')})::int AS returned,
  count(*) FILTER (WHERE ${reached('collected_at')})::int AS collected,
  count(*) FILTER (WHERE ${reached('reviewed_at')})::int AS reviewed,
  count(*) FILTER (WHERE p.return_due_on < $5::date AND NOT ${reached('returned_at')} AND NOT ${reached('ended_at')})::int AS overdue`;

/** The returns report's SQL: counts come from the events, never from loading packets. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countsByClass(scope: ReportScope): Promise<ClassCounts[]> {
    return this.dataSource.query(
      `WITH counted AS (SELECT p.class_id, ${COUNTS} ${SCOPE} GROUP BY p.class_id)
       SELECT counted.class_id AS "classId", c.school_id AS "schoolId", c.grade, c.letter,
              sent, delivered, returned, collected, reviewed, overdue
         FROM counted JOIN classes c ON c.id = counted.class_id
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  countsBySubject(scope: ReportScope): Promise<SubjectCounts[]> {
    return this.dataSource.query(
      `SELECT subject_code AS "subjectCode", ${COUNTS}
         ${SCOPE.replace('FROM packets p', 'FROM packets p, unnest(p.subject_codes) AS subject_code')}
          AND ($4::text IS NULL OR subject_code = $4)
        GROUP BY subject_code
        ORDER BY subject_code`,
      params(scope),
    );
  }

  /**
   * Pupils who owe work due by asOf (not back by then), with their last return before the
   * end of asOf; whether they are silent is `isSilentPupil`'s to say.
   */
  pupilsOwingWork(scope: ReportScope): Promise<(SilentPupil & { owesWork: boolean })[]> {
    return this.dataSource.query(
      `WITH pupils AS (
         SELECT p.student_id, max(p.returned_at) FILTER (WHERE p.returned_at < $1) AS last_returned_at
           ${SCOPE}
          GROUP BY p.student_id
         HAVING bool_or(p.return_due_on <= $5::date AND NOT ${reached('returned_at')})
       )
       SELECT st.id AS "studentId", st.full_name AS "fullName", c.grade || ' ' || c.letter AS "classLabel",
              st.guardian_name AS "guardianName", st.guardian_phone AS "guardianPhone",
              pupils.last_returned_at AS "lastReturnedAt", true AS "owesWork"
         FROM pupils
         JOIN students st ON st.id = pupils.student_id
         JOIN classes c ON c.id = st.class_id
        WHERE st.active
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}, st.full_name ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  /** Every pupil x case of one class with each cell's furthest step (in journey order) as of asOf. */
  classMatrix(classId: string, asOfEnd: Date): Promise<MatrixCell[]> {
    return this.dataSource.query(
      `SELECT p.student_id AS "studentId", c->>'id' AS "caseId", c->>'subjectName' AS "subjectName", c->>'topic' AS "topic",
              p.code, to_char(p.return_due_on, 'YYYY-MM-DD') AS "returnDueOn",
              COALESCE((SELECT e.event::text FROM packet_events e
                         WHERE e.packet_id = p.id AND e.occurred_at < $2 AND ${uncorrected('e')}
                         ORDER BY array_position($3::text[], e.event::text) DESC
                         LIMIT 1), 'created') AS status,
              r.mark, r.passed
         FROM packets p
        CROSS JOIN jsonb_array_elements(p.snapshot->'cases') c
         LEFT JOIN case_reviews r
           ON r.packet_id = p.id AND r.case_id = (c->>'id')::uuid AND r.created_at < $2
        WHERE p.class_id = $1 AND p.created_at < $2
        ORDER BY p.created_at`,
      [classId, asOfEnd, PACKET_STATUSES],
    );
  }

  /** Every mark given to the class's pupils by asOf, in class-list order, then subject, date. */
  classMarks(classId: string, asOfEnd: Date): Promise<ClassMark[]> {
    return this.dataSource.query(
      `SELECT st.full_name AS "fullName", r.subject_name AS "subjectName", r.topic,
              r.created_at AS "reviewedAt", r.mark, r.passed
         FROM case_reviews r
         JOIN packets p ON p.id = r.packet_id
         JOIN students st ON st.id = r.student_id
        WHERE p.class_id = $1 AND r.created_at < $2
        ORDER BY st.full_name ${KAZAKH_ORDER}, st.id, r.subject_name ${KAZAKH_ORDER}, r.created_at`,
      [classId, asOfEnd],
    );
  }
}

function params(scope: ReportScope): unknown[] {
  return [scope.asOfEnd, scope.schoolId, scope.classId, scope.subjectCode, scope.asOf];
}
