import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';
import { OutboxAnnouncer } from './outbox-announcer';

/**
 * The shared background-job queue (each feature defines its own jobs on it) and the outbox's
 * announcement, which features below notifications make after writing a message.
 */
@Global()
@Module({ providers: [JobQueue, OutboxAnnouncer], exports: [JobQueue, OutboxAnnouncer] })
export class JobsModule {}
