import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { KAZAKH_ORDER } from '@/common/collation';
import { ReturnCounts } from './report-arithmetic';
import type { SilentPupilView } from './report.view';
import { uncorrected } from '@/packets/corrections-sql';
import { AWAITING_WORK_STEPS, PACKET_STATUSES, PacketStatus } from '@/packets/journey';
import { SummaryView } from './summary.view';
import type { PupilChannel } from '@/directory/students/channel';

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

/** The packets carried by hand, or sent by post, in scope. */
export interface RouteCounts extends ReturnCounts {
  byHand: boolean;
}

/** The active pupils in scope, per channel (an online pupil has no packet to count). */
export interface ChannelPupils {
  channel: PupilChannel;
  pupils: number;
}

/** The report's silent pupils are read as the answer shows them. */
export type SilentPupil = SilentPupilView;

export interface MatrixCell {
  studentId: string;
  caseId: string;
  subjectCode: string;
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
const scopeOver = (packets: string): string => `
  FROM ${packets}
 WHERE p.created_at < $1
   AND ($2::uuid IS NULL OR p.school_id = $2)
   AND ($3::uuid IS NULL OR p.class_id = $3)
   AND ($4::text IS NULL OR $4 = ANY (p.subject_codes))`;
const SCOPE = scopeOver('packets p');
/** The same packets, one row per subject each carries. */
const SUBJECTS_SCOPE = scopeOver('packets p, unnest(p.subject_codes) AS subject_code');

const reached = (column: string): string => `COALESCE(p.${column} < $1, false)`;

const COUNTS = `
  count(*)::int AS sent,
  count(*) FILTER (WHERE ${reached('delivered_at')})::int AS delivered,
  count(*) FILTER (WHERE ${reached('returned_at')})::int AS returned,
  count(*) FILTER (WHERE ${reached('collected_at')})::int AS collected,
  count(*) FILTER (WHERE ${reached('reviewed_at')})::int AS reviewed,
  count(*) FILTER (WHERE p.return_due_on < $5::date AND NOT ${reached('returned_at')} AND NOT ${reached('ended_at')})::int AS overdue`;

/**
 * The reports' SQL (the returns report, the class matrix, marks, the home screen's counts):
 * counts come from the packets' step times, never from loading packets.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * The home screen's counts; a teacher's (`teacherId`) narrowed to their own work and the
   * classes they teach: as class teacher or by an assigned subject.
   */
  async homeCounts(
    schoolId: string | null,
    teacherId: string | null,
    today: string,
  ): Promise<SummaryView> {
    const [row] = await this.db.tx.query<SummaryView[]>(
      `WITH my_classes AS (
         SELECT id FROM classes
         WHERE ($1::uuid IS NULL OR school_id = $1)
           AND ($2::uuid IS NULL OR class_teacher_id = $2
                OR id IN (SELECT class_id FROM teaching_assignments WHERE teacher_id = $2))
       ),
       my_dispatches AS (
         SELECT id, created_at FROM dispatches
         WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::uuid IS NULL OR created_by = $2)
       )
       SELECT
         (SELECT count(*) FROM my_classes)::int AS classes,
         (SELECT count(*) FROM students WHERE active AND class_id IN (SELECT id FROM my_classes))::int AS pupils,
         (SELECT count(*) FROM lesson_cases
            WHERE ($1::uuid IS NULL OR school_id = $1) AND ($2::uuid IS NULL OR created_by = $2))::int AS cases,
         (SELECT count(*) FROM my_dispatches WHERE created_at > now() - interval '7 days')::int AS "dispatchesThisWeek",
         (SELECT count(*) FROM packets
            WHERE status = 'collected' AND dispatch_id IN (SELECT id FROM my_dispatches))::int AS "awaitingReview",
         (SELECT count(*) FROM packets
            WHERE status = ANY($4::packet_status[]) AND return_due_on < $3::date
              AND dispatch_id IN (SELECT id FROM my_dispatches))::int AS overdue,
         (SELECT count(*) FROM post_offices)::int AS "postOffices",
         (SELECT count(*) FROM schools WHERE $1::uuid IS NULL OR id = $1)::int AS schools,
         (SELECT count(*) FROM staff WHERE active AND ($1::uuid IS NULL OR school_id = $1))::int AS staff`,
      // $4: still out with the pupil or the post, no work back yet.
      [schoolId, teacherId, today, AWAITING_WORK_STEPS],
    );
    return row;
  }

  countsByClass(scope: ReportScope): Promise<ClassCounts[]> {
    return this.db.tx.query(
      `WITH counted AS (SELECT p.class_id, ${COUNTS} ${SCOPE} GROUP BY p.class_id)
       SELECT counted.class_id AS "classId", c.school_id AS "schoolId", c.grade, c.letter,
              sent, delivered, returned, collected, reviewed, overdue
         FROM counted JOIN classes c ON c.id = counted.class_id
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  countsBySubject(scope: ReportScope): Promise<SubjectCounts[]> {
    return this.db.tx.query(
      `SELECT subject_code AS "subjectCode", ${COUNTS}
         ${SUBJECTS_SCOPE}
          AND ($4::text IS NULL OR subject_code = $4)
        GROUP BY subject_code
        ORDER BY subject_code`,
      params(scope),
    );
  }

  /** The returns of packets carried by hand and of those sent by post. */
  countsByRoute(scope: ReportScope): Promise<RouteCounts[]> {
    return this.db.tx.query(
      `SELECT p.by_hand AS "byHand", ${COUNTS} ${SCOPE} GROUP BY p.by_hand ORDER BY p.by_hand`,
      params(scope),
    );
  }

  /** The pupils on the class lists today, per channel (the school's or class's, any subject). */
  pupilsByChannel(scope: ReportScope): Promise<ChannelPupils[]> {
    return this.db.tx.query(
      `SELECT st.channel, count(*)::int AS pupils
         FROM students st JOIN classes c ON c.id = st.class_id
        WHERE st.active AND c.archived_at IS NULL
          AND ($1::uuid IS NULL OR c.school_id = $1) AND ($2::uuid IS NULL OR c.id = $2)
        GROUP BY st.channel`,
      [scope.schoolId, scope.classId],
    );
  }

  /**
   * Pupils who owe work due by asOf (not back by then), with their last return before the
   * end of asOf; whether they are silent is `isSilentPupil`'s to say. A pupil now online owes
   * no paper (their old packets are not chased); a by-hand pupil's work is back once taken back.
   */
  pupilsOwingWork(scope: ReportScope): Promise<(SilentPupil & { owesWork: boolean })[]> {
    return this.db.tx.query(
      `WITH pupils AS (
         SELECT p.student_id, max(p.returned_at) FILTER (WHERE p.returned_at < $1) AS last_returned_at
           ${SCOPE}
          GROUP BY p.student_id
         HAVING bool_or(p.return_due_on <= $5::date AND NOT ${reached('returned_at')})
       )
       SELECT st.id AS "studentId", st.full_name AS "fullName", c.grade || ' ' || c.letter AS "classLabel",
              st.guardian_name AS "guardianName", st.guardian_phone AS "guardianPhone",
              st.channel, pupils.last_returned_at AS "lastReturnedAt", true AS "owesWork"
         FROM pupils
         JOIN students st ON st.id = pupils.student_id
         JOIN classes c ON c.id = st.class_id
        WHERE st.active AND st.channel <> 'online'
        ORDER BY c.grade, c.letter ${KAZAKH_ORDER}, st.full_name ${KAZAKH_ORDER}`,
      params(scope),
    );
  }

  /** Every pupil x case of one class with each cell's furthest step (in journey order) as of asOf. */
  classMatrix(classId: string, asOfEnd: Date): Promise<MatrixCell[]> {
    return this.db.tx.query(
      `SELECT p.student_id AS "studentId", c->>'id' AS "caseId", c->>'subjectCode' AS "subjectCode", c->>'subjectName' AS "subjectName", c->>'topic' AS "topic",
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
    return this.db.tx.query(
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
