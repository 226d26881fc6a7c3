import { Injectable, Logger } from '@nestjs/common';
import { JobQueue } from '@/jobs/job-queue';

/** Sends one outbox message: { id }. */
export const SEND_NOTIFICATION_JOB = 'notification-send';

/**
 * Tells the workers a committed outbox row is waiting, without making the caller wait: a scan
 * answers at once. A lost announcement costs a minute, not a message: the sweep finds the row.
 */
@Injectable()
export class OutboxAnnouncer {
  private readonly logger = new Logger(OutboxAnnouncer.name);

  constructor(private readonly queue: JobQueue) {}

  announce(notificationId: string): void {
    this.queue
      .send(SEND_NOTIFICATION_JOB, { id: notificationId })
      .catch((error: Error) =>
        this.logger.warn(`Message ${notificationId} waits for the sweep: ${error.message}`),
      );
  }
}
