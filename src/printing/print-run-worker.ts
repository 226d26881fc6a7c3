import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '@/jobs/job-queue';
import { RenderLane } from '@/rendering/render-lane';
import { RenderPool } from '@/rendering/render-pool';
import { PacketSnapshot } from '@/rendering/packet-snapshot';
import { PacketsService } from '@/packets/packets.service';
import { ClaimedRun, PrintJobsRepository } from './print-jobs.repository';
import { PrintRunFiles } from './print-run-files';

/**
 * A turn to render one print run of the lane: the worker takes the fairest waiting run, not
 * necessarily the one whose request queued the turn. Small runs have a lane of their own, so
 * a class of five never waits behind a district's thousands.
 */
export const PRINT_RUN_JOB = 'print-run';
export const SMALL_PRINT_RUN_JOB = 'print-run-small';
/** Runs of at most this many packets take the small lane. */
export const SMALL_RUN_PACKETS = 100;
/** Deletes expired print runs and their files (hourly). */
export const PRINT_RUN_CLEANUP_JOB = 'print-run-cleanup';

/** A run of 60 classes takes well under a minute; after this another worker takes it over. */
const LEASE_SECONDS = 15 * 60;
/** Tries after which a run that keeps failing is reported failed rather than retried. */
const MAX_TRIES = 3;
const PROGRESS_EVERY_MS = 400;

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
    private readonly runs: PrintJobsRepository,
    private readonly queue: JobQueue,
    private readonly packets: PacketsService,
    private readonly renderer: RenderPool,
    private readonly files: PrintRunFiles,
  ) {}

  onModuleInit(): void {
    for (const [name, small] of [
      [PRINT_RUN_JOB, false],
      [SMALL_PRINT_RUN_JOB, true],
    ] as const)
      this.queue.define<{ id: string }>({
        name,
        retryLimit: MAX_TRIES,
        leaseSeconds: LEASE_SECONDS,
        handle: () => this.renderNext(small),
      });
    this.queue.define({ name: PRINT_RUN_CLEANUP_JOB, retryLimit: 1, handle: () => this.cleanUp() });
    this.queue.every(PRINT_RUN_CLEANUP_JOB, '17 * * * *');
  }

  /**
   * Takes the fairest waiting run of the lane: schools with the fewest runs rendering now
   * first, then the school that waited longest since its last start, then the oldest run.
   */
  async renderNext(small: boolean): Promise<void> {
    const claimed = await this.runs.claimNext(SMALL_RUN_PACKETS, small, LEASE_SECONDS);
    if (!claimed) return; // every run of the lane is taken or done
    await this.render(claimed, small ? 'quick' : 'bulk');
  }

  private async render(claimed: ClaimedRun, lane: RenderLane): Promise<void> {
    const { id, attempt } = claimed;
    try {
      await this.renderer.renderPackets(
        lane,
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
      if (attempt < MAX_TRIES) {
        await this.runs.release(id, attempt);
        throw error;
      }
      await this.finish(id, attempt, 'failed');
    }
  }

  /** The number of print runs deleted. */
  async cleanUp(): Promise<number> {
    const { expired, kept } = await this.runs.deleteExpired();
    await this.files.removeAllBut(new Set(kept));
    return expired;
  }

  private async *counted(
    id: string,
    attempt: number,
    dispatchIds: string[],
  ): AsyncGenerator<PacketSnapshot> {
    let done = 0;
    let reportedAt = Date.now();
    for await (const snapshot of this.packets.printRunOf(dispatchIds)) {
      yield snapshot;
      done += 1;
      if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
        await this.report(id, attempt, done);
        reportedAt = Date.now();
      }
    }
  }

  private async report(id: string, attempt: number, done: number): Promise<void> {
    if (!(await this.runs.reportDone(id, attempt, done))) throw new Superseded();
  }

  private finish(id: string, attempt: number, status: 'ready' | 'failed'): Promise<void> {
    return this.runs.finish(id, attempt, status);
  }
}
