import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { KAZAKH_ORDER } from '@/common/collation';
import { ReturnCounts } from './report-arithmetic';

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

export interface SilentPupil {
  studentId: string;
  fullName: string;
  classLabel: string;
  guardianName: string;
  guardianPhone: string;
  lastReturnedAt: Date | null;
}

export interface MatrixCell {
  studentId: string;
  caseId: string;
  subjectName: string;
  topic: string;
  code: string;
  status: string;
  returnDueOn: string;
}

/**
 * Each packet's furthest step as of the end of `asOf`, from the events; every report is a
 * GROUP BY over this. Parameters: $1 end of asOf, $2 school, $3 class, $4 subject, $5 asOf.
 */
const STAGED = `
  WITH scope AS (
    SELECT p.id, p.school_id, p.class_id, p.student_id, p.return_due_on, p.subject_codes
      FROM packets p
     WHERE p.created_at < $1
       AND ($2::uuid IS NULL OR p.school_id = $2)
       AND ($3::uuid IS NULL OR p.class_id = $3)
       AND ($4::text IS NULL OR $4 = ANY (p.subject_codes))
  ), reached AS (
    SELECT e.packet_id,
           bool_or(e.event IN ('delivered', 'return_received', 'collected', 'reviewed')) AS delivered,
           bool_or(e.event IN ('return_received', 'collected', 'reviewed')) AS returned,
           bool_or(e.event IN ('collected', 'reviewed')) AS collected,
           bool_or(e.event = 'reviewed') AS reviewed,
           bool_or(e.event IN ('undeliverable', 'lost')) AS ended
      FROM packet_events e
      JOIN scope s ON s.id = e.packet_id
     WHERE e.occurred_at < $1
     GROUP BY e.packet_id
  ), staged AS (
    SELECT s.*, COALESCE(r.delivered, false) AS delivered, COALESCE(r.returned, false) AS returned,
           COALESCE(r.collected, false) AS collected, COALESCE(r.reviewed, false) AS reviewed,
           COALESCE(r.ended, false) AS ended
      FROM scope s LEFT JOIN reached r ON r.packet_id = s.id
  )`;

const COUNTS = `
  count(*)::int AS sent,
  count(*) FILTER (WHERE delivered)::int AS delivered,
  count(*) FILTER (WHERE returned)::int AS returned,
  count(*) FILTER (WHERE collected)::int AS collected,
  count(*) FILTER (WHERE reviewed)::int AS reviewed,
  count(*) FILTER (WHERE return_due_on < $5::date AND NOT returned AND NOT ended)::int AS overdue`;

/** The returns report's SQL: counts come from the events, never from loading packets. */
@Injectable()
export class ReportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  countsByClass(scope: ReportScope): Promise<ClassCounts[]> {
    return this.dataSource.query(
      `${STAGED}
       SELECT staged.class_id AS "classId", c.school_id AS "schoolId", c.grade, c.letter, ${COUNTS}
         FROM staged JOIN classes c ON c.id = staged.class_id
        GROUP BY staged.class_id, c.school_id, c.grade, c.letter
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  countsBySubject(scope: ReportScope): Promise<SubjectCounts[]> {
    return this.dataSource.query(
      `${STAGED}
       SELECT subject_code AS "subjectCode", ${COUNTS}
         FROM staged, unnest(staged.subject_codes) AS subject_code
        WHERE $4::text IS NULL OR subject_code = $4
        GROUP BY subject_code
        ORDER BY subject_code`,
      params(scope),
    );
  }

  /** Pupils who had work due and returned nothing in the 28 days up to asOf. */
  silentPupils(scope: ReportScope): Promise<SilentPupil[]> {
    return this.dataSource.query(
      `${STAGED}
       SELECT st.id AS "studentId", st.full_name AS "fullName", c.grade || ' ' || c.letter AS "classLabel",
              st.guardian_name AS "guardianName", st.guardian_phone AS "guardianPhone",
              max(ret.occurred_at) AS "lastReturnedAt"
         FROM staged
         JOIN students st ON st.id = staged.student_id
         JOIN classes c ON c.id = staged.class_id
         LEFT JOIN packet_events ret ON ret.packet_id = staged.id AND ret.event = 'return_received' AND ret.occurred_at < $1
        WHERE st.active
        GROUP BY st.id, st.full_name, c.grade, c.letter, st.guardian_name, st.guardian_phone
       HAVING bool_or(staged.return_due_on <= $5::date)
          AND (max(ret.occurred_at) IS NULL OR max(ret.occurred_at) < $1 - interval '28 days')
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}, st.full_name ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  /** Every pupil x case of one class with each cell's furthest step as of asOf. */
  classMatrix(classId: string, asOfEnd: Date): Promise<MatrixCell[]> {
    return this.dataSource.query(
      `SELECT p.student_id AS "studentId", c->>'id' AS "caseId", c->>'subjectName' AS "subjectName", c->>'topic' AS "topic",
              p.code, to_char(p.return_due_on, 'YYYY-MM-DD') AS "returnDueOn",
              COALESCE((SELECT e.event::text FROM packet_events e
                         WHERE e.packet_id = p.id AND e.occurred_at < $2
                         ORDER BY array_position(ARRAY['posted','arrived','delivered','return_received','collected','reviewed','undeliverable','lost'], e.event::text) DESC
                         LIMIT 1), 'created') AS status
         FROM packets p, jsonb_array_elements(p.snapshot->'cases') c
        WHERE p.class_id = $1 AND p.created_at < $2
        ORDER BY p.created_at`,
      [classId, asOfEnd],
    );
  }
}

function params(scope: ReportScope): unknown[] {
  return [scope.asOfEnd, scope.schoolId, scope.classId, scope.subjectCode, scope.asOf];
}
