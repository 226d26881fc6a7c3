import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock } from '@/common/clock';
import { JobQueue } from '@/jobs/job-queue';
import { NotificationsRepository } from './notifications.repository';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';
import { SWEEP_NOTIFICATIONS_JOB } from './notification-jobs';
import { ABANDONED_AFTER_SECONDS } from './notification-sender';

/** A queued message younger than this is left to the job its cause announced. */
const ANNOUNCED_GRACE_SECONDS = 20;

/**
 * Every minute: a job for each message whose time has come (held until morning, or over
 * yesterday's cap), whose announcement was lost (a crash after the commit), or whose worker
 * died mid-submit. At most one such job per message per five minutes.
 */
@Injectable()
export class NotificationsSweep implements OnModuleInit {
  constructor(
    private readonly outbox: NotificationsRepository,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queue.define({ name: SWEEP_NOTIFICATIONS_JOB, retryLimit: 1, handle: () => this.run() });
    this.queue.every(SWEEP_NOTIFICATIONS_JOB, '* * * * *');
  }

  /** The number of messages handed to the workers. */
  async run(): Promise<number> {
    const now = this.clock.now();
    const due = await this.outbox.dueForSending(
      now,
      ANNOUNCED_GRACE_SECONDS,
      ABANDONED_AFTER_SECONDS,
    );
    for (const id of due)
      await this.queue.send(
        SEND_NOTIFICATION_JOB,
        { id },
        { singletonKey: id, singletonSeconds: 300 },
      );
    return due.length;
  }
}
