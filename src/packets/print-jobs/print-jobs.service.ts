import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import { MoreThan, Repository } from 'typeorm';
import { Principal } from '@/auth/role';
import { Clock } from '@/common/clock';
import { fail, notFound } from '@/common/errors/domain-error';
import { startDownload } from '@/common/http/download';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { JobQueue } from '@/jobs/job-queue';
import { Dispatch } from '../dispatch.entity';
import { DispatchesService } from '../dispatches.service';
import { dispatchFileStem } from '../file-names';
import { CreatePrintJobDto, PrintJobView } from './print-job.dto';
import { PrintJob } from './print-job.entity';
import { PrintRunFiles } from './print-run-files';
import { PRINT_RUN_JOB, SMALL_PRINT_RUN_JOB, SMALL_RUN_PACKETS } from './print-run-worker';

/** Runs being prepared at once: per person, and per school (several staff printing). */
export const PRINT_JOBS_PER_USER = 3;
export const PRINT_JOBS_PER_SCHOOL = 6;
/** A finished file is kept this long for its download, then deleted. */
const KEEP_MS = 24 * 60 * 60 * 1000;
const classOrder = new Intl.Collator('kk');

/**
 * Print runs of several classes as one PDF (class order, each pupil on an odd page): the API
 * records the run and queues it; any worker renders it (PrintRunWorker) while the browser
 * polls how many packets are done. The file is kept a day.
 */
@Injectable()
export class PrintJobsService {
  constructor(
    @InjectRepository(PrintJob) private readonly jobs: Repository<PrintJob>,
    private readonly dispatches: DispatchesService,
    private readonly classes: ClassesService,
    private readonly queue: JobQueue,
    private readonly files: PrintRunFiles,
    private readonly clock: Clock,
  ) {}

  async start(user: Principal, dto: CreatePrintJobDto): Promise<PrintJobView> {
    const runs: { dispatch: Dispatch; schoolClass: SchoolClass }[] = [];
    for (const id of dto.dispatchIds) {
      const dispatch = await this.dispatches.getVisible(user, id);
      runs.push({ dispatch, schoolClass: await this.classes.get(user, dispatch.classId) });
    }
    const schoolId = runs[0].schoolClass.schoolId;
    await this.assertRoomFor(user, schoolId);
    runs.sort(
      (a, b) =>
        a.schoolClass.grade - b.schoolClass.grade ||
        classOrder.compare(a.schoolClass.letter, b.schoolClass.letter),
    );
    const job = await this.jobs.save(
      this.jobs.create({
        ownerId: user.id,
        schoolId,
        status: 'preparing',
        dispatchIds: runs.map((run) => run.dispatch.id),
        language: runs[0].schoolClass.language,
        total: runs.reduce((sum, run) => sum + run.dispatch.packetCount, 0),
        fileName: `${dispatchFileStem(
          'packets',
          runs.map((r) => r.schoolClass),
          this.clock.now(),
          runs[0].dispatch.id,
        )}.pdf`,
        expiresAt: new Date(this.clock.now().getTime() + KEEP_MS),
      }),
    );
    const lane = job.total <= SMALL_RUN_PACKETS ? SMALL_PRINT_RUN_JOB : PRINT_RUN_JOB;
    await this.queue.send(lane, { id: job.id });
    return view(job);
  }

  /** A cap on runs being prepared, per person and per school, so none fills the queue. */
  private async assertRoomFor(user: Principal, schoolId: string): Promise<void> {
    const preparing = { status: 'preparing' as const, expiresAt: MoreThan(this.clock.now()) };
    const mine = await this.jobs.countBy({ ...preparing, ownerId: user.id });
    const school = await this.jobs.countBy({ ...preparing, schoolId });
    const over =
      mine >= PRINT_JOBS_PER_USER
        ? { scope: 'user', limit: PRINT_JOBS_PER_USER }
        : school >= PRINT_JOBS_PER_SCHOOL
          ? { scope: 'school', limit: PRINT_JOBS_PER_SCHOOL }
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
