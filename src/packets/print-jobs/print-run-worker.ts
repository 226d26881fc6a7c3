import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language } from '@/directory/classes/class-language';
import { JobQueue } from '@/jobs/job-queue';
import { RenderPool } from '@/rendering/render-pool';
import { PacketSnapshot } from '@/rendering/packet-snapshot';
import { PacketsService } from '../packets.service';
import { PrintRunFiles } from './print-run-files';

/** Renders one print run: { id }. */
export const PRINT_RUN_JOB = 'print-run';
/** Deletes expired print runs and their files (hourly). */
export const PRINT_RUN_CLEANUP_JOB = 'print-run-cleanup';

/** A run of 60 classes takes well under a minute; after this another worker takes it over. */
const LEASE_SECONDS = 15 * 60;
/** Tries after which a run that keeps failing is reported failed rather than retried. */
const MAX_TRIES = 3;
const PROGRESS_EVERY_MS = 400;

interface Claimed {
  attempt: number;
  dispatch_ids: string[];
  language: Language;
  file_name: string;
}

/** Another worker took the run over; this try stops without touching its row. */
class Superseded extends Error {}

/**
 * The worker's side of print runs: renders the dispatches into one PDF under the data
 * directory, writing progress as it goes, and deletes runs a day old.
 */
@Injectable()
export class PrintRunWorker implements OnModuleInit {
  private readonly logger = new Logger(PrintRunWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly packets: PacketsService,
    private readonly renderer: RenderPool,
    private readonly files: PrintRunFiles,
  ) {}

  onModuleInit(): void {
    this.queue.define<{ id: string }>({
      name: PRINT_RUN_JOB,
      retryLimit: MAX_TRIES,
      leaseSeconds: LEASE_SECONDS,
      handle: ({ id }) => this.render(id),
    });
    this.queue.define({ name: PRINT_RUN_CLEANUP_JOB, retryLimit: 1, handle: () => this.cleanUp() });
    this.queue.every(PRINT_RUN_CLEANUP_JOB, '17 * * * *');
  }

  async render(id: string): Promise<void> {
    // TypeORM answers UPDATE and DELETE with [rows, affected].
    const [[claimed]] = await this.dataSource.query<[Claimed[], number]>(
      `UPDATE print_jobs SET attempt = attempt + 1, done = 0
        WHERE id = $1 AND status = 'preparing'
        RETURNING attempt, dispatch_ids, language, file_name`,
      [id],
    );
    if (!claimed) return; // finished by an earlier try, or expired
    const { attempt } = claimed;
    try {
      await this.renderer.renderPackets(
        'bulk',
        this.counted(id, attempt, claimed.dispatch_ids),
        () => this.files.createPart(id, attempt),
        { title: claimed.file_name.replace(/\.pdf$/, ''), language: claimed.language },
      );
      await this.files.publish(id, attempt);
      await this.finish(id, attempt, 'ready');
    } catch (error) {
      await this.files.discard(id, attempt);
      if (error instanceof Superseded) return;
      this.logger.error({ err: error, printJob: id, attempt }, 'print run failed');
      // pg-boss retries with backoff; after the last try the user is told it failed.
      if (attempt < MAX_TRIES) throw error;
      await this.finish(id, attempt, 'failed');
    }
  }

  /** The number of print runs deleted. */
  async cleanUp(): Promise<number> {
    const [, expired] = await this.dataSource.query<[unknown, number]>(
      'DELETE FROM print_jobs WHERE expires_at < now()',
    );
    const kept = await this.dataSource.query<{ id: string }[]>('SELECT id FROM print_jobs');
    await this.files.removeAllBut(new Set(kept.map((row) => row.id)));
    return expired;
  }

  private async *counted(
    id: string,
    attempt: number,
    dispatchIds: string[],
  ): AsyncGenerator<PacketSnapshot> {
    let done = 0;
    let reportedAt = Date.now();
    for (const dispatchId of dispatchIds)
      for await (const snapshot of this.packets.snapshotsOf(dispatchId)) {
        yield snapshot;
        done += 1;
        if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
          await this.report(id, attempt, done);
          reportedAt = Date.now();
        }
      }
  }

  private async report(id: string, attempt: number, done: number): Promise<void> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(
      'UPDATE print_jobs SET done = $3 WHERE id = $1 AND attempt = $2',
      [id, attempt, done],
    );
    if (affected === 0) throw new Superseded();
  }

  private async finish(id: string, attempt: number, status: 'ready' | 'failed'): Promise<void> {
    await this.dataSource.query(
      `UPDATE print_jobs SET status = $3::print_job_status,
              done = CASE WHEN $3::print_job_status = 'ready' THEN total ELSE done END
        WHERE id = $1 AND attempt = $2`,
      [id, attempt, status],
    );
  }
}
