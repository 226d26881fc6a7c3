import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import { MoreThan, Repository } from 'typeorm';
import { Principal } from '@/auth/role';
import { Clock } from '@/common/clock';
import { APP_SETTINGS, AppSettings, PrintJobSettings } from '@/common/config/settings';
import { fail, notFound } from '@/common/errors/domain-error';
import { startDownload } from '@/common/http/download';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { JobQueue } from '@/jobs/job-queue';
import { Dispatch } from '@/dispatches/dispatch.entity';
import { DispatchesService } from '@/dispatches/dispatches.service';
import { dispatchFileStem } from './file-names';
import { CreatePrintJobDto, PrintJobView } from './print-job.dto';
import { PrintJob } from './print-job.entity';
import { PrintJobsRepository } from './print-jobs.repository';
import { PrintRunFiles } from './print-run-files';
import { PRINT_RUN_JOB, SMALL_PRINT_RUN_JOB, SMALL_RUN_PACKETS } from './print-run-worker';

/** A finished file is kept this long for its download, then deleted. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const classOrder = new Intl.Collator('kk');

/** A dispatch with its class, as a print run needs them. */
export interface Run {
  dispatch: Dispatch;
  schoolClass: SchoolClass;
}

/**
 * Print runs of several classes as one PDF (class order, each pupil on an odd page): the API
 * records the run and queues it; any worker renders it (PrintRunWorker) while the browser
 * polls how many packets are done. The file is kept a day.
 */
@Injectable()
export class PrintJobsService {
  constructor(
    @InjectRepository(PrintJob) private readonly jobs: Repository<PrintJob>,
    private readonly runs: PrintJobsRepository,
    private readonly dispatches: DispatchesService,
    private readonly classes: ClassesService,
    private readonly queue: JobQueue,
    private readonly files: PrintRunFiles,
    private readonly clock: Clock,
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(APP_SETTINGS) settings: AppSettings,
  ) {
    this.limits = settings.printJobs;
  }

  private readonly limits: PrintJobSettings;
  /** Dispatches whose run is being looked up or started now, in this process. */
  private readonly starting = new Map<string, Promise<void>>();

  async start(user: Principal, dto: CreatePrintJobDto): Promise<PrintJobView> {
    const runs: Run[] = [];
    for (const id of dto.dispatchIds) {
      const dispatch = await this.dispatches.getVisible(user, id);
      runs.push({ dispatch, schoolClass: await this.classes.get(user, dispatch.classId) });
    }
    return view(await this.launch(user, runs));
  }

  /**
   * A dispatch's whole print run as `GET /dispatches/:id/packets.pdf` gives it when it is
   * large: the finished file of a current run of exactly this dispatch (whoever started it;
   * the caller may see the dispatch), else the run being prepared, else a new one. A run is
   * current while the dispatch has the packets it counted (a reprint adds one).
   */
  async dispatchRun(
    user: Principal,
    run: Run,
  ): Promise<{ file: Readable } | { job: PrintJobView }> {
    // One look-up-or-start at a time per dispatch in this process: a double click, or two
    // teachers asking at once, join one run instead of starting two.
    const id = run.dispatch.id;
    const answer = (this.starting.get(id) ?? Promise.resolve()).then(() =>
      this.findOrStart(user, run),
    );
    const settled = answer.then(
      () => undefined,
      () => undefined,
    );
    this.starting.set(id, settled);
    try {
      return await answer;
    } finally {
      if (this.starting.get(id) === settled) this.starting.delete(id);
    }
  }

  private async findOrStart(
    user: Principal,
    run: Run,
  ): Promise<{ file: Readable } | { job: PrintJobView }> {
    const found = await this.currentRunOf(run.dispatch.id);
    if (found?.status === 'preparing') return { job: view(found) };
    const file = found?.status === 'ready' ? await this.files.open(found.id) : undefined;
    if (file) return { file };
    return { job: view(await this.launch(user, [run])) };
  }

  private currentRunOf(dispatchId: string): Promise<PrintJob | null> {
    return this.runs.currentRunOf(dispatchId, this.clock.now());
  }

  /** Records the run (in class order) and queues it in the lane its size takes. */
  private async launch(user: Principal, runs: Run[]): Promise<PrintJob> {
    const schoolId = runs[0].schoolClass.schoolId;
    runs.sort(
      (a, b) =>
        a.schoolClass.grade - b.schoolClass.grade ||
        classOrder.compare(a.schoolClass.letter, b.schoolClass.letter),
    );
    const job = await this.db.withTransaction(async () => {
      await this.assertRoomFor(user, schoolId);
      return this.db.tx.getRepository(PrintJob).save(
        this.jobs.create({
          ownerId: user.id,
          schoolId,
          status: 'preparing',
          dispatchIds: runs.map((run) => run.dispatch.id),
          language: runs[0].schoolClass.language,
          total: await this.runs.packetsIn(runs.map((run) => run.dispatch.id)),
          fileName: `${dispatchFileStem(
            'packets',
            runs.map((r) => r.schoolClass),
            this.clock.now(),
            runs[0].dispatch.id,
          )}.pdf`,
          expiresAt: new Date(this.clock.now().getTime() + KEEP_MS),
        }),
      );
    });
    // Sent once the run is committed, so the worker that takes it finds its row.
    const lane = job.total <= SMALL_RUN_PACKETS ? SMALL_PRINT_RUN_JOB : PRINT_RUN_JOB;
    await this.queue.send(lane, { id: job.id });
    return job;
  }

  /**
   * A cap on runs being prepared, per person and per school, so none fills the queue; checked
   * under a lock in the transaction that records the run.
   */
  private async assertRoomFor(user: Principal, schoolId: string): Promise<void> {
    await this.runs.lockRoomFor(user.id, schoolId);
    const { mine, school } = await this.runs.preparing(user.id, schoolId, this.clock.now());
    const { perUser, perSchool } = this.limits;
    const over =
      mine >= perUser
        ? { scope: 'user', limit: perUser }
        : school >= perSchool
          ? { scope: 'school', limit: perSchool }
          : undefined;
    if (over)
      throw fail(
        'print_job.too_many',
        `${over.scope === 'user' ? 'You have' : 'Your school has'} ${over.limit} print runs being prepared already; wait until one is ready.`,
        { ...over, retryAfterSeconds: 30 },
      );
  }

  async get(user: Principal, id: string): Promise<PrintJobView> {
    return view(await this.owned(user, id));
  }

  async download(user: Principal, id: string, reply: FastifyReply): Promise<void> {
    const job = await this.owned(user, id);
    if (job.status !== 'ready')
      throw fail('print_job.not_ready', `Print job ${id} is ${job.status}, not ready.`, {
        status: job.status,
      });
    const file = await this.files.open(id);
    if (!file) throw notFound('print_job', id);
    await pipeline(file, startDownload(reply, 'application/pdf', job.fileName));
  }

  private async owned(user: Principal, id: string): Promise<PrintJob> {
    const job = await this.jobs.findOneBy({
      id,
      ownerId: user.id,
      expiresAt: MoreThan(this.clock.now()),
    });
    if (!job) throw notFound('print_job', id);
    return job;
  }
}

function view({ id, status, done, total, fileName }: PrintJob): PrintJobView {
  return { id, status, done, total, fileName };
}
