import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { Clock } from '@/common/clock';
import { JobQueue } from '@/jobs/job-queue';
import { MalformedAnswer } from './kazpost-answer';
import { KazpostUnavailable } from './kazpost-client';
import { KazpostLinkRepository } from './kazpost-link.repository';
import { CheckOutcome, PacketTracker, TrackedPacket } from './packet-tracker';
import { TrackingRepository } from './tracking.repository';
import { pauseAfter, retryDelay } from './tracking-schedule';

export const KAZPOST_SWEEP_JOB = 'kazpost.sweep';
/** Requests to Kazpost in flight at once, within the rate. */
const IN_FLIGHT = 4;

/** What one sweep did. */
export interface SweepSummary {
  checked: number;
  recorded: number;
  failed: number;
  /** Set when Kazpost failed and the sweep stopped early. */
  stopped?: string;
}

/**
 * Every minute, one worker (whichever holds the lease in `kazpost_link`) asks Kazpost about the
 * packets whose check is due, as many as the rate allows, spaced evenly over the minute. Kazpost
 * down or slow ends the sweep and pauses the next ones (1 minute, doubling to 30); the packets
 * not asked stay due, and each check reads the whole history again, so nothing is lost.
 */
@Injectable()
export class KazpostSweep implements OnModuleInit {
  private readonly logger = new Logger(KazpostSweep.name);

  constructor(
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly tracker: PacketTracker,
    private readonly tracking: TrackingRepository,
    private readonly link: KazpostLinkRepository,
  ) {}

  onModuleInit(): void {
    if (!this.settings.kazpost) return;
    this.queue.define({ name: KAZPOST_SWEEP_JOB, retryLimit: 0, handle: () => this.run() });
    this.queue.every(KAZPOST_SWEEP_JOB, '* * * * *');
  }

  async run(): Promise<SweepSummary> {
    const summary: SweepSummary = { checked: 0, recorded: 0, failed: 0 };
    const config = this.settings.kazpost;
    if (!config) return summary;
    const leaseMs = 75_000 + config.timeoutMs;
    if (!(await this.link.takeSweep(this.clock.now(), leaseMs))) return summary;
    try {
      const due = await this.tracking.findDue(this.clock.now(), config.requestsPerMinute);
      await this.paced(due, 60_000 / config.requestsPerMinute, summary);
    } finally {
      await this.link.endSweep();
    }
    return summary;
  }

  private async paced(
    packets: TrackedPacket[],
    gapMs: number,
    summary: SweepSummary,
  ): Promise<void> {
    const start = Date.now();
    const running = new Set<Promise<void>>();
    const unknownCodes = new Set<string>();
    for (const [index, packet] of packets.entries()) {
      const wait = start + index * gapMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      while (running.size >= IN_FLIGHT) await Promise.race(running);
      if (summary.stopped) break;
      const check = this.checkOne(packet, summary, unknownCodes).finally(() =>
        running.delete(check),
      );
      running.add(check);
    }
    await Promise.all(running);
    if (summary.checked > 0) await this.link.reached(this.clock.now(), [...unknownCodes]);
  }

  private async checkOne(
    packet: TrackedPacket,
    summary: SweepSummary,
    unknownCodes: Set<string>,
  ): Promise<void> {
    let outcome: CheckOutcome;
    try {
      outcome = await this.tracker.check(packet);
    } catch (error) {
      await this.failed(packet, error, summary);
      return;
    }
    summary.checked += 1;
    summary.recorded += outcome.recorded;
    outcome.unknownCodes.forEach((code) => unknownCodes.add(code));
    await this.tracking.checked(packet.id, this.clock.now());
  }

  private async failed(
    packet: TrackedPacket,
    error: unknown,
    summary: SweepSummary,
  ): Promise<void> {
    const now = this.clock.now();
    if (error instanceof KazpostUnavailable) {
      if (summary.stopped) return;
      summary.stopped = error.message;
      const failures = await this.link.failed(now, error.message);
      const pause = Math.max(pauseAfter(failures), (error.retryAfterSeconds ?? 0) * 1000);
      await this.link.pause(new Date(now.getTime() + pause));
      this.logger.warn(`Kazpost tracking paused: ${error.message}`);
      return;
    }
    summary.failed += 1;
    const reason = error instanceof MalformedAnswer ? error.message : String(error);
    await this.link.failed(now, `${packet.code}: ${reason}`, { counts: false });
    await this.tracking.failedCheck(packet.id, now, retryDelay);
    if (!(error instanceof MalformedAnswer)) this.logger.error(error);
  }
}
