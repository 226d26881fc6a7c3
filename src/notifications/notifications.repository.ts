import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Language } from '@/directory/classes/class-language';
import { ENDED_STEPS, SENT_NOT_BACK_STEPS } from '@/packets/journey';
import { NotificationKind, NotificationStatus } from './notification-kinds';
import { NotificationView } from './notification.view';
import { PacketNow } from './stale-message';

/** A message as the sender claims it. */
export interface OutboxRow {
  id: string;
  school_id: string;
  kind: NotificationKind;
  status: NotificationStatus;
  packet_id: string | null;
  student_id: string | null;
  staff_id: string | null;
  language: Language;
  params: Record<string, string | number>;
  not_before: Date;
  attempts: number;
  submit_started_at: Date | null;
}

/** What the message history may be narrowed to; null means any. */
export interface HistoryFilter {
  schoolId: string | null;
  studentId: string | null;
  packetCode: string | null;
  kind: NotificationKind | null;
  status: NotificationStatus | null;
}

export type HistoryRow = NotificationView & { params: Record<string, string | number> };

/** A message to the duty's appointing deputy, keyed by the missed date. */
export interface DutyOverdueMessage {
  schoolId: string;
  dedupeKey: string;
  staffId: string;
  params: Record<string, string>;
}

const HISTORY_FROM = `FROM notifications n LEFT JOIN packets p ON p.id = n.packet_id
                  LEFT JOIN students s ON s.id = n.student_id
                  LEFT JOIN staff st ON st.id = n.staff_id
                 WHERE ($1::uuid IS NULL OR n.school_id = $1)
                   AND ($2::uuid IS NULL OR n.student_id = $2)
                   AND ($3::text IS NULL OR p.code = $3)
                   AND ($4::notification_kind IS NULL OR n.kind = $4)
                   AND ($5::notification_status IS NULL OR n.status = $5)`;

const historyValues = (filter: HistoryFilter): unknown[] => [
  filter.schoolId,
  filter.studentId,
  filter.packetCode,
  filter.kind,
  filter.status,
];

/** The outbox's SQL: the history staff read, the sender's claim, the day's checks, receipts. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async countHistory(filter: HistoryFilter): Promise<number> {
    const [{ total }] = await this.db.tx.query<{ total: number }[]>(
      `SELECT count(*)::int AS total ${HISTORY_FROM}`,
      historyValues(filter),
    );
    return total;
  }

  /** Newest first, with the number the message went (or will go) to. */
  history(filter: HistoryFilter, limit: number, offset: number): Promise<HistoryRow[]> {
    return this.db.tx.query<HistoryRow[]>(
      `SELECT n.id, n.kind, n.status, n.status_reason AS "statusReason", p.code AS "packetCode",
              n.student_id AS "studentId", s.full_name AS "pupilName", n.body, n.segments, n.params,
              COALESCE(n.phone, CASE WHEN n.staff_id IS NULL THEN s.guardian_phone ELSE st.phone END)
                AS phone,
              n.language, n.created_at AS "createdAt", n.not_before AS "notBefore",
              n.sent_at AS "sentAt", n.delivered_at AS "deliveredAt"
         ${HISTORY_FROM}
        ORDER BY n.created_at DESC, n.id
        LIMIT $6 OFFSET $7`,
      [...historyValues(filter), limit, offset],
    );
  }

  /** The message, locked until the claim's transaction ends. */
  async lockForSending(id: string): Promise<OutboxRow | undefined> {
    const [row] = await this.db.tx.query<OutboxRow[]>(
      `SELECT id, school_id, kind, status, packet_id, student_id, staff_id, language, params, not_before,
              attempts, submit_started_at
         FROM notifications WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row;
  }

  /** The packet as it is now: a message held overnight may no longer be true. */
  async packetNow(packetId: string): Promise<PacketNow | undefined> {
    const [packet] = await this.db.tx.query<PacketNow[]>(
      `SELECT status, to_char(return_due_on, 'YYYY-MM-DD') AS "returnDueOn"
         FROM packets WHERE id = $1`,
      [packetId],
    );
    return packet;
  }

  async guardianOf(
    studentId: string | null,
  ): Promise<{ phone: string; opted_out: boolean } | undefined> {
    const [pupil] = await this.db.tx.query<{ phone: string; opted_out: boolean }[]>(
      'SELECT guardian_phone AS phone, sms_opt_out AS opted_out FROM students WHERE id = $1',
      [studentId],
    );
    return pupil;
  }

  async staffPhone(
    staffId: string | null,
  ): Promise<{ phone: string | null; active: boolean } | undefined> {
    const [member] = await this.db.tx.query<{ phone: string | null; active: boolean }[]>(
      'SELECT phone, active FROM staff WHERE id = $1',
      [staffId],
    );
    return member;
  }

  /**
   * Segments started since `since` by the school, counted under a per-school lock held until
   * the transaction ends, so two workers cannot both take the last place under the cap.
   */
  async segmentsUnderCapLock(schoolId: string, since: Date): Promise<number> {
    await this.db.tx.query(`SELECT pg_advisory_xact_lock(hashtext('sms-cap:' || $1))`, [schoolId]);
    const [{ used }] = await this.db.tx.query<{ used: number }[]>(
      `SELECT coalesce(sum(coalesce(segments, 1)), 0)::int AS used FROM notifications
        WHERE school_id = $1 AND submit_started_at >= $2`,
      [schoolId, since],
    );
    return used;
  }

  async markSending(
    id: string,
    sms: { phone: string; body: string; segments: number },
    now: Date,
  ): Promise<void> {
    await this.db.tx.query(
      `UPDATE notifications SET status = 'sending', phone = $2, body = $3, segments = $4,
              attempts = attempts + 1, submit_started_at = $5, status_reason = NULL
        WHERE id = $1`,
      [id, sms.phone, sms.body, sms.segments, now],
    );
  }

  async setAside(
    id: string,
    status: NotificationStatus,
    reason: string,
    notBefore: Date | null,
  ): Promise<void> {
    await this.db.tx.query(
      `UPDATE notifications SET status = $2, status_reason = $3, not_before = COALESCE($4, not_before)
        WHERE id = $1`,
      [id, status, reason, notBefore],
    );
  }

  /** Surely not accepted by the centre: back to the queue, saying why. */
  async requeue(id: string, reason: string): Promise<void> {
    await this.db.tx.query(
      `UPDATE notifications SET status = 'queued', submit_started_at = NULL, status_reason = $2 WHERE id = $1`,
      [id, reason],
    );
  }

  async mark(
    id: string,
    status: NotificationStatus,
    reason: string | null,
    extra: { provider_message_id?: string; sent_at?: Date },
  ): Promise<void> {
    await this.db.tx.query(
      `UPDATE notifications SET status = $2, status_reason = $3,
              provider_message_id = COALESCE($4, provider_message_id), sent_at = COALESCE($5, sent_at)
        WHERE id = $1`,
      [id, status, reason, extra.provider_message_id ?? null, extra.sent_at ?? null],
    );
  }

  /** Whether a receipt found its message (sent, or failed before the receipt came). */
  async applyReceipt(
    messageId: string,
    delivered: boolean,
    reason: string | null,
  ): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, affected].
    const [, affected] = await this.db.tx.query<[unknown, number]>(
      `UPDATE notifications
          SET status = $2, status_reason = $3, delivered_at = CASE WHEN $4 THEN now() END
        WHERE provider_message_id = $1 AND status IN ('sent', 'failed')`,
      [messageId, delivered ? 'delivered' : 'failed', reason, delivered],
    );
    return affected > 0;
  }

  /**
   * Messages whose time has come (held until morning, or over yesterday's cap), whose
   * announcement was lost (queued longer than `graceSeconds`), or whose worker died mid-submit
   * (sending longer than `abandonedSeconds`).
   */
  async dueForSending(
    now: Date,
    graceSeconds: number,
    abandonedSeconds: number,
  ): Promise<string[]> {
    const rows = await this.db.tx.query<{ id: string }[]>(
      `SELECT id FROM notifications
        WHERE (status = 'held' AND not_before <= $1)
           OR (status = 'queued' AND not_before <= $1 AND created_at < $1 - make_interval(secs => $2))
           OR (status = 'sending' AND submit_started_at < $1 - make_interval(secs => $3))
        ORDER BY not_before
        LIMIT 5000`,
      [now, graceSeconds, abandonedSeconds],
    );
    return rows.map((row) => row.id);
  }

  /**
   * One `kind` message per packet the pupil still holds (sent, nothing handed in) whose return
   * is due between `from` and `to`; the packet and kind key it, so it is written once.
   */
  async writePacketReminders(kind: NotificationKind, from: string, to: string): Promise<number> {
    const rows = await this.db.tx.query<unknown[]>(
      `INSERT INTO notifications (school_id, kind, dedupe_key, packet_id, student_id, language, params)
       SELECT p.school_id, $1::notification_kind, 'packet:' || p.id || ':' || $1::text, p.id, p.student_id,
              (p.snapshot->>'language')::class_language,
              jsonb_build_object('pupil', p.snapshot->'student'->>'fullName',
                                 'due', to_char(p.return_due_on, 'DD.MM'))
         FROM packets p
         JOIN students s ON s.id = p.student_id AND s.active
        WHERE p.status = ANY($2::packet_status[]) AND p.return_due_on BETWEEN $3::date AND $4::date
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [kind, SENT_NOT_BACK_STEPS, from, to],
    );
    return rows.length;
  }

  /**
   * To the class teacher, about each pupil who owes work due by `today` and has returned
   * nothing for 28 days; keyed by the pupil's last return, so one message per silent spell.
   */
  async writeSilentPupils(today: string): Promise<number> {
    const rows = await this.db.tx.query<unknown[]>(
      `WITH pupils AS (
         SELECT p.student_id, max(p.returned_at) AS last_returned_at,
                min(p.return_due_on) FILTER (WHERE p.returned_at IS NULL) AS first_due_on
           FROM packets p
          WHERE p.status <> ALL($2::packet_status[])
          GROUP BY p.student_id
         -- Only a pupil who still owes work due by today: one who returned everything is not silent.
         HAVING bool_or(p.return_due_on <= $1::date AND p.returned_at IS NULL)
       )
       INSERT INTO notifications (school_id, kind, dedupe_key, student_id, staff_id, language, params)
       SELECT c.school_id, 'pupil_silent',
              'pupil:' || s.id || ':silent:' || COALESCE(to_char(pupils.last_returned_at, 'YYYY-MM-DD'), 'never'),
              s.id, c.class_teacher_id, c.language,
              jsonb_build_object('pupil', s.full_name, 'class', c.grade || ' ' || c.letter,
                                 'since', to_char(COALESCE(pupils.last_returned_at::date, pupils.first_due_on), 'DD.MM'))
         FROM pupils
         -- A pupil now online owes no paper: their old packets are not chased.
         JOIN students s ON s.id = pupils.student_id AND s.active AND s.channel <> 'online'
         JOIN classes c ON c.id = s.class_id AND c.class_teacher_id IS NOT NULL
        WHERE COALESCE(pupils.last_returned_at::date, pupils.first_due_on) <= $1::date - 28
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [today, ENDED_STEPS],
    );
    return rows.length;
  }

  /** Written in the school's most common class language; false when already written. */
  async writeDutyOverdue(message: DutyOverdueMessage): Promise<boolean> {
    const rows = await this.db.tx.query<unknown[]>(
      `INSERT INTO notifications (school_id, kind, dedupe_key, staff_id, language, params)
       SELECT $1, 'duty_overdue', $2, $3, sc.language, $4
         FROM (SELECT COALESCE((SELECT language FROM classes WHERE school_id = $1
                                 GROUP BY language ORDER BY count(*) DESC LIMIT 1), 'kk') AS language) sc
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [message.schoolId, message.dedupeKey, message.staffId, message.params],
    );
    return rows.length > 0;
  }

  async postcodeOf(officeId: string): Promise<string | undefined> {
    const [office] = await this.db.tx.query<{ postcode: string }[]>(
      'SELECT postcode FROM post_offices WHERE id = $1',
      [officeId],
    );
    return office?.postcode;
  }
}
