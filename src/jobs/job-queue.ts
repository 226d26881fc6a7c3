import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { PgBoss, type SendOptions as BossSendOptions } from 'pg-boss';
import { Client } from 'pg';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { moveV10Jobs, setAsideV10Schema } from './pg-boss-10-upgrade';

const SCHEMA = 'pgboss';

/** Any fixed number, the same in every process (see start()). */
const QUEUE_SETUP_LOCK = 7_415_003;

/** What a feature registers: the queue's name, how it retries, and what a job does. */
export interface JobDefinition<T extends object> {
  name: string;
  /** Attempts after the first; each waits twice as long as the one before. */
  retryLimit?: number;
  /** Jobs one worker process runs at a time. */
  concurrency?: number;
  /** How long a job may run before it counts as abandoned (JOB_LEASE_SECONDS by default). */
  leaseSeconds?: number;
  handle(data: T): Promise<unknown>;
}

export type SendOptions = Pick<BossSendOptions, 'singletonKey' | 'singletonSeconds'>;

/**
 * Background jobs on the PostgreSQL we already run (pg-boss, in its own `pgboss` schema). Every
 * process can send jobs; a process started as a worker also runs them. Workers on any number of
 * machines share the queue: a job is taken by one of them, retried with backoff when it throws,
 * and taken over by another when its worker dies (after the lease runs out).
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly definitions: JobDefinition<object>[] = [];
  private readonly schedules: { name: string; cron: string; onStart: boolean }[] = [];
  private started?: Promise<void>;
  private stopping = false;

  constructor(@Inject(APP_SETTINGS) private readonly settings: AppSettings) {
    this.boss = new PgBoss({
      connectionString: settings.databaseUrl,
      schema: SCHEMA,
      max: 4,
      // Only workers look after expired jobs and timetables; a web process just sends.
      supervise: settings.worker,
      schedule: settings.worker,
      // The supervisor's pass finds jobs whose lease ran out: at least once per lease.
      superviseIntervalSeconds: Math.min(60, settings.jobLeaseSeconds),
      monitorIntervalSeconds: Math.min(60, settings.jobLeaseSeconds),
    });
    this.boss.on('error', (error) => {
      // The embedded database stops at the same signal: connections it ends then are expected.
      if (!(this.stopping && isAdminShutdown(error))) this.logger.error(error);
    });
  }

  /** Features call this in their constructor or onModuleInit, before the queue starts. */
  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.push(definition);
  }

  /**
   * A job run as the cron says, in Almaty time, by whichever worker is free; with `onStart`
   * also when a worker starts (once an hour at most, however many workers start).
   */
  every(name: string, cron: string, options: { onStart?: boolean } = {}): void {
    this.schedules.push({ name, cron, onStart: options.onStart ?? false });
  }

  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<void> {
    await this.ready();
    await this.boss.send(name, data, options);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
    if (!this.settings.worker) return;
    for (const definition of this.definitions) await this.work(definition);
    for (const { name, cron, onStart } of this.schedules) {
      await this.boss.schedule(name, cron, {}, { tz: 'Asia/Almaty' });
      if (onStart)
        await this.boss.send(name, {}, { singletonKey: 'start', singletonSeconds: 3600 });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.stopping = true;
    // A job still running after the wait is left to the lease: another worker takes it over.
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  private ready(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  private async start(): Promise<void> {
    // Processes starting together would deadlock creating the same queues: one at a time.
    const lock = new Client({ connectionString: this.settings.databaseUrl });
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [QUEUE_SETUP_LOCK]);
      if (await setAsideV10Schema(lock, SCHEMA))
        this.logger.log('Upgrading the job queue from pg-boss 10');
      await this.boss.start();
      for (const definition of this.definitions) await this.createOrUpdate(definition);
      const moved = await moveV10Jobs(lock, this.boss);
      if (moved > 0) this.logger.log(`Moved ${moved} waiting jobs from pg-boss 10`);
    } finally {
      await lock.end();
    }
  }

  private async createOrUpdate(definition: JobDefinition<object>): Promise<void> {
    const options = {
      name: definition.name,
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: 5,
      retryBackoff: true,
      expireInSeconds: definition.leaseSeconds ?? this.settings.jobLeaseSeconds,
      retentionSeconds: 24 * 3600,
    };
    if (await this.boss.getQueue(definition.name))
      await this.boss.updateQueue(definition.name, options);
    else await this.boss.createQueue(definition.name, options);
  }

  private async work(definition: JobDefinition<object>): Promise<void> {
    const workers = definition.concurrency ?? 1;
    for (let i = 0; i < workers; i++) {
      // Set once work() answers; a job may start before that.
      const worker = { id: '' };
      worker.id = await this.boss.work<object>(
        definition.name,
        { batchSize: 1, pollingIntervalSeconds: 0.5 },
        async ([job]) => {
          // pg-boss pauses after every fetch; while jobs keep coming, fetch the next at once.
          if (worker.id) this.boss.notifyWorker(worker.id);
          return definition.handle(job.data);
        },
      );
    }
  }
}

function isAdminShutdown(error: unknown): boolean {
  return (error as { code?: string }).code === '57P01';
}
