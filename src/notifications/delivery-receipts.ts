import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@/jobs/job-queue';
import { NotificationsRepository } from './notifications.repository';
import { RECORD_RECEIPT_JOB } from './notification-jobs';
import { DeliveryReceipt, SMS_PROVIDER, SmsProvider } from './providers/sms-provider';

/**
 * The operator's delivery receipts, written onto their messages. A quick centre's receipt can
 * overtake our own record of the submit (or reach another worker's connection first), so one
 * that matches no sent message yet is kept as a job and tried again with backoff.
 */
@Injectable()
export class DeliveryReceipts implements OnModuleInit {
  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly queue: JobQueue,
    @Inject(SMS_PROVIDER) private readonly provider: SmsProvider,
  ) {}

  onModuleInit(): void {
    this.queue.define<DeliveryReceipt>({
      name: RECORD_RECEIPT_JOB,
      retryLimit: 6,
      handle: (receipt) => this.recordLate(receipt),
    });
    this.provider.onReceipt((receipt) => this.record(receipt));
  }

  async record(receipt: DeliveryReceipt): Promise<void> {
    if (!(await this.apply(receipt))) await this.queue.send(RECORD_RECEIPT_JOB, receipt);
  }

  private async recordLate(receipt: DeliveryReceipt): Promise<void> {
    if (!(await this.apply(receipt)))
      throw new Error(`A receipt for no message marked sent: ${receipt.messageId}`);
  }

  /** Whether the receipt found its message. */
  private apply(receipt: DeliveryReceipt): Promise<boolean> {
    return this.outbox.applyReceipt(receipt.messageId, receipt.delivered, receipt.reason ?? null);
  }
}
