import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '@/common/clock';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { JobQueue } from '@/jobs/job-queue';
import { NotificationKind, NotificationStatus } from './notification-kinds';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';
import { GUARDIAN_KINDS } from './notification-jobs';
import {
  OutgoingSms,
  SMS_PROVIDER,
  SmsNotSent,
  SmsProvider,
  SmsRefused,
  SmsUnconfirmed,
} from './providers/sms-provider';
import { nextMorning, sendableFrom, startOfLocalDay } from './send-window';
import { messageText, smsSize } from './sms-text';
import { PacketNow, staleReason } from './stale-message';
import { localDate } from '@/common/dates';
import { phoneAllowed } from '@/directory/phone';
import { Language } from '@/directory/classes/class-language';

/** After this many tries a message is marked failed instead of tried again. */
const MAX_ATTEMPTS = 10;
/** A message in "sending" this long belongs to a worker that died mid-submit. */
export const ABANDONED_AFTER_SECONDS = 60;

interface OutboxRow {
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

type Claim = { send: false } | { send: true; sms: OutgoingSms };

/**
 * Sends one message from the outbox, exactly once: the row is claimed in a transaction (quiet
 * hours, the school's daily cap, opt-out, the phone and whether the packet moved on since
 * checked there), then submitted, then marked. A message is resent only when it surely did not
 * leave; one that may have left without an answer is marked failed ("unconfirmed") rather
 * than sent twice.
 */
@Injectable()
export class NotificationSender implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ id: string }>({
      name: SEND_NOTIFICATION_JOB,
      retryLimit: 8,
      concurrency: 4,
      handle: ({ id }) => this.send(id),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.provider.close();
  }

  async send(id: string): Promise<void> {
    // The connection first: a worker that dies while binding has claimed nothing.
    await this.provider.connect();
    const claim = await this.dataSource.transaction((manager) => this.claim(manager, id));
    if (!claim.send) return;
    try {
      const messageId = await this.provider.submit(claim.sms);
      await this.mark(id, 'sent', null, { provider_message_id: messageId, sent_at: new Date() });
    } catch (error) {
      await this.settle(id, error);
    }
  }

  private async settle(id: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SmsNotSent || (error instanceof SmsRefused && !error.final)) {
      // Surely not accepted: back to the queue, and the job is retried with backoff.
      await this.dataSource.query(
        `UPDATE notifications SET status = 'queued', submit_started_at = NULL, status_reason = $2 WHERE id = $1`,
        [id, message.slice(0, 200)],
      );
      throw error;
    }
    const reason = error instanceof SmsUnconfirmed ? `unconfirmed: ${message}` : message;
    await this.mark(id, 'failed', reason);
    if (!(error instanceof SmsRefused || error instanceof SmsUnconfirmed)) throw error;
  }

  private async claim(manager: EntityManager, id: string): Promise<Claim> {
    const [row] = await manager.query<OutboxRow[]>(
      `SELECT id, school_id, kind, status, packet_id, student_id, staff_id, language, params, not_before,
              attempts, submit_started_at
         FROM notifications WHERE id = $1 FOR UPDATE`,
      [id],
    );
    const now = this.clock.now();
    if (!row || !this.claimable(row, now)) return { send: false };
    if (row.status === 'sending')
      return this.setAside(
        manager,
        id,
        'failed',
        'unconfirmed: the worker stopped during the submit',
      );
    const stale = staleReason(row.kind, await this.packetNow(manager, row), localDate(now));
    if (stale) return this.setAside(manager, id, 'skipped', stale);
    const recipient = await this.recipient(manager, row);
    if (!recipient.phone) return this.setAside(manager, id, 'skipped', 'no_phone');
    if (!phoneAllowed(recipient.phone, this.settings.sms.phonePrefixes))
      return this.setAside(manager, id, 'skipped', 'phone_not_allowed');
    if (recipient.optedOut) return this.setAside(manager, id, 'skipped', 'opted_out');
    if (row.attempts >= MAX_ATTEMPTS)
      return this.setAside(manager, id, 'failed', `gave up after ${MAX_ATTEMPTS} attempts`);
    const from = sendableFrom(now, this.settings.sms.quietHours);
    if (from > now) return this.setAside(manager, id, 'held', 'quiet_hours', from);
    const text = messageText(row.kind, row.language, row.params);
    const { segments } = smsSize(text);
    if (await this.overCap(manager, row.school_id, now, segments))
      return this.setAside(
        manager,
        id,
        'held',
        'daily_cap',
        nextMorning(now, this.settings.sms.quietHours),
      );
    await manager.query(
      `UPDATE notifications SET status = 'sending', phone = $2, body = $3, segments = $4,
              attempts = attempts + 1, submit_started_at = $5, status_reason = NULL
        WHERE id = $1`,
      [id, recipient.phone, text, segments, now],
    );
    return { send: true, sms: { to: recipient.phone, text, segments } };
  }

  /** Queued or held and due, or "sending" long enough to be a dead worker's. */
  private claimable(row: OutboxRow, now: Date): boolean {
    if (row.status === 'queued' || row.status === 'held') return row.not_before <= now;
    if (row.status !== 'sending' || !row.submit_started_at) return false;
    return now.getTime() - row.submit_started_at.getTime() > ABANDONED_AFTER_SECONDS * 1000;
  }

  private async setAside(
    manager: EntityManager,
    id: string,
    status: NotificationStatus,
    reason: string,
    notBefore?: Date,
  ): Promise<Claim> {
    await manager.query(
      `UPDATE notifications SET status = $2, status_reason = $3, not_before = COALESCE($4, not_before)
        WHERE id = $1`,
      [id, status, reason, notBefore ?? null],
    );
    return { send: false };
  }

  /** The packet as it is now: a message held overnight may no longer be true. */
  private async packetNow(manager: EntityManager, row: OutboxRow): Promise<PacketNow | undefined> {
    if (!row.packet_id) return undefined;
    const [packet] = await manager.query<PacketNow[]>(
      `SELECT status, to_char(return_due_on, 'YYYY-MM-DD') AS "returnDueOn"
         FROM packets WHERE id = $1`,
      [row.packet_id],
    );
    return packet;
  }

  private async recipient(
    manager: EntityManager,
    row: OutboxRow,
  ): Promise<{ phone: string | null; optedOut: boolean }> {
    if (GUARDIAN_KINDS.includes(row.kind)) {
      const [pupil] = await manager.query<{ phone: string; opted_out: boolean }[]>(
        'SELECT guardian_phone AS phone, sms_opt_out AS opted_out FROM students WHERE id = $1',
        [row.student_id],
      );
      return { phone: pupil?.phone ?? null, optedOut: pupil?.opted_out ?? false };
    }
    const [member] = await manager.query<{ phone: string | null; active: boolean }[]>(
      'SELECT phone, active FROM staff WHERE id = $1',
      [row.staff_id],
    );
    return { phone: member?.active ? member.phone : null, optedOut: false };
  }

  /**
   * Segments, not messages, count against the cap (each is billed as one). Counted under a
   * per-school lock, so two workers cannot both take the last place.
   */
  private async overCap(
    manager: EntityManager,
    schoolId: string,
    now: Date,
    segments: number,
  ): Promise<boolean> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sms-cap:' || $1))`, [schoolId]);
    const [{ used }] = await manager.query<{ used: number }[]>(
      `SELECT coalesce(sum(coalesce(segments, 1)), 0)::int AS used FROM notifications
        WHERE school_id = $1 AND submit_started_at >= $2`,
      [schoolId, startOfLocalDay(now)],
    );
    return used + segments > this.settings.sms.dailyCapPerSchool;
  }

  private async mark(
    id: string,
    status: NotificationStatus,
    reason: string | null,
    extra: { provider_message_id?: string; sent_at?: Date } = {},
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE notifications SET status = $2, status_reason = $3,
              provider_message_id = COALESCE($4, provider_message_id), sent_at = COALESCE($5, sent_at)
        WHERE id = $1`,
      [
        id,
        status,
        reason?.slice(0, 200) ?? null,
        extra.provider_message_id ?? null,
        extra.sent_at ?? null,
      ],
    );
  }
}
