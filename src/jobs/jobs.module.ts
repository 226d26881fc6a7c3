import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The shared background-job queue; each feature defines its own jobs on it. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
