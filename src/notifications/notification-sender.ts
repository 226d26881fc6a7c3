import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Clock } from '@/common/clock';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { JobQueue } from '@/jobs/job-queue';
import { NotificationStatus } from './notification-kinds';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';
import { GUARDIAN_KINDS } from './notification-jobs';
import { NotificationsRepository, OutboxRow } from './notifications.repository';
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

/** After this many tries a message is marked failed instead of tried again. */
const MAX_ATTEMPTS = 10;
/** A message in "sending" this long belongs to a worker that died mid-submit. */
export const ABANDONED_AFTER_SECONDS = 60;

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
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly outbox: NotificationsRepository,
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
    const claim = await this.db.withTransaction(() => this.claim(id));
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
      await this.outbox.requeue(id, message.slice(0, 200));
      throw error;
    }
    const reason = error instanceof SmsUnconfirmed ? `unconfirmed: ${message}` : message;
    await this.mark(id, 'failed', reason);
    if (!(error instanceof SmsRefused || error instanceof SmsUnconfirmed)) throw error;
  }

  private async claim(id: string): Promise<Claim> {
    const row = await this.outbox.lockForSending(id);
    const now = this.clock.now();
    if (!row || !this.claimable(row, now)) return { send: false };
    if (row.status === 'sending')
      return this.setAside(id, 'failed', 'unconfirmed: the worker stopped during the submit');
    const stale = staleReason(row.kind, await this.packetNow(row), localDate(now));
    if (stale) return this.setAside(id, 'skipped', stale);
    const recipient = await this.recipient(row);
    if (!recipient.phone) return this.setAside(id, 'skipped', 'no_phone');
    if (!phoneAllowed(recipient.phone, this.settings.sms.phonePrefixes))
      return this.setAside(id, 'skipped', 'phone_not_allowed');
    if (recipient.optedOut) return this.setAside(id, 'skipped', 'opted_out');
    if (row.attempts >= MAX_ATTEMPTS)
      return this.setAside(id, 'failed', `gave up after ${MAX_ATTEMPTS} attempts`);
    const from = sendableFrom(now, this.settings.sms.quietHours);
    if (from > now) return this.setAside(id, 'held', 'quiet_hours', from);
    const text = messageText(row.kind, row.language, row.params);
    const { segments } = smsSize(text);
    if (await this.overCap(row.school_id, now, segments))
      return this.setAside(id, 'held', 'daily_cap', nextMorning(now, this.settings.sms.quietHours));
    await this.outbox.markSending(id, { phone: recipient.phone, body: text, segments }, now);
    return { send: true, sms: { to: recipient.phone, text, segments } };
  }

  /** Queued or held and due, or "sending" long enough to be a dead worker's. */
  private claimable(row: OutboxRow, now: Date): boolean {
    if (row.status === 'queued' || row.status === 'held') return row.not_before <= now;
    if (row.status !== 'sending' || !row.submit_started_at) return false;
    return now.getTime() - row.submit_started_at.getTime() > ABANDONED_AFTER_SECONDS * 1000;
  }

  private async setAside(
    id: string,
    status: NotificationStatus,
    reason: string,
    notBefore?: Date,
  ): Promise<Claim> {
    await this.outbox.setAside(id, status, reason, notBefore ?? null);
    return { send: false };
  }

  /** The packet as it is now: a message held overnight may no longer be true. */
  private async packetNow(row: OutboxRow): Promise<PacketNow | undefined> {
    return row.packet_id ? this.outbox.packetNow(row.packet_id) : undefined;
  }

  private async recipient(row: OutboxRow): Promise<{ phone: string | null; optedOut: boolean }> {
    if (GUARDIAN_KINDS.includes(row.kind)) {
      const pupil = await this.outbox.guardianOf(row.student_id);
      return { phone: pupil?.phone ?? null, optedOut: pupil?.opted_out ?? false };
    }
    const member = await this.outbox.staffPhone(row.staff_id);
    return { phone: member?.active ? member.phone : null, optedOut: false };
  }

  /**
   * Segments, not messages, count against the cap (each is billed as one). Counted under a
   * per-school lock, so two workers cannot both take the last place.
   */
  private async overCap(schoolId: string, now: Date, segments: number): Promise<boolean> {
    const used = await this.outbox.segmentsUnderCapLock(schoolId, startOfLocalDay(now));
    return used + segments > this.settings.sms.dailyCapPerSchool;
  }

  private async mark(
    id: string,
    status: NotificationStatus,
    reason: string | null,
    extra: { provider_message_id?: string; sent_at?: Date } = {},
  ): Promise<void> {
    await this.outbox.mark(id, status, reason?.slice(0, 200) ?? null, extra);
  }
}
