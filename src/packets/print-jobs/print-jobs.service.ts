import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply } from 'fastify';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { fail, notFound } from '@/common/errors/domain-error';
import { startDownload } from '@/common/http/download';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { PacketRenderer } from '@/rendering/packet-renderer';
import { PacketSnapshot } from '@/rendering/packet-snapshot';
import { Dispatch } from '../dispatch.entity';
import { DispatchesService } from '../dispatches.service';
import { PacketsService } from '../packets.service';
import { CreatePrintJobDto, PrintJobStatus, PrintJobView } from './print-job.dto';

interface PrintJob {
  id: string;
  ownerId: string;
  status: PrintJobStatus;
  done: number;
  total: number;
  fileName: string;
  file: string;
  startedAt: number;
}

/** A finished file is kept this long for its download, then deleted. */
const KEEP_MS = 60 * 60 * 1000;
const classOrder = new Intl.Collator('kk');

/**
 * Print runs of several classes, prepared in the background into one PDF (class order, each
 * pupil on an odd page) while the browser shows how many packets are done. Jobs live in this
 * process's memory and temporary folder: a restart forgets them, and the user starts again.
 */
@Injectable()
export class PrintJobsService implements OnModuleDestroy {
  private readonly jobs = new Map<string, PrintJob>();
  private readonly folder = mkdtempSync(join(tmpdir(), 'kazpost-print-'));

  constructor(
    private readonly dispatches: DispatchesService,
    private readonly classes: ClassesService,
    private readonly packets: PacketsService,
    private readonly renderer: PacketRenderer,
  ) {}

  async start(user: Principal, dto: CreatePrintJobDto): Promise<PrintJobView> {
    const runs: { dispatch: Dispatch; schoolClass: SchoolClass }[] = [];
    for (const id of dto.dispatchIds) {
      const dispatch = await this.dispatches.getVisible(user, id);
      runs.push({ dispatch, schoolClass: await this.classes.get(user, dispatch.classId) });
    }
    runs.sort(
      (a, b) =>
        a.schoolClass.grade - b.schoolClass.grade ||
        classOrder.compare(a.schoolClass.letter, b.schoolClass.letter),
    );
    this.forgetOld();
    const id = randomUUID();
    const job: PrintJob = {
      id,
      ownerId: user.id,
      status: 'preparing',
      done: 0,
      total: runs.reduce((sum, run) => sum + run.dispatch.packetCount, 0),
      fileName: `${fileStem(runs.map((r) => r.schoolClass))}-${localDate()}.pdf`,
      file: join(this.folder, `${id}.pdf`),
      startedAt: Date.now(),
    };
    this.jobs.set(id, job);
    void this.prepare(job, runs);
    return view(job);
  }

  get(user: Principal, id: string): PrintJobView {
    return view(this.owned(user, id));
  }

  async download(user: Principal, id: string, reply: FastifyReply): Promise<void> {
    const job = this.owned(user, id);
    if (job.status !== 'ready')
      throw fail('print_job.not_ready', `Print job ${id} is ${job.status}, not ready.`, {
        status: job.status,
      });
    await pipeline(
      createReadStream(job.file),
      startDownload(reply, 'application/pdf', job.fileName),
    );
  }

  onModuleDestroy(): void {
    rmSync(this.folder, { recursive: true, force: true });
  }

  private async prepare(
    job: PrintJob,
    runs: { dispatch: Dispatch; schoolClass: SchoolClass }[],
  ): Promise<void> {
    try {
      await this.renderer.renderPackets(this.counted(job, runs), createWriteStream(job.file), {
        title: job.fileName.replace(/\.pdf$/, ''),
        language: runs[0].schoolClass.language,
      });
      job.status = 'ready';
    } catch {
      job.status = 'failed';
      rmSync(job.file, { force: true });
    }
  }

  private async *counted(
    job: PrintJob,
    runs: { dispatch: Dispatch }[],
  ): AsyncGenerator<PacketSnapshot> {
    for (const { dispatch } of runs)
      for await (const snapshot of this.packets.snapshotsOf(dispatch.id)) {
        yield snapshot;
        job.done += 1;
      }
  }

  private owned(user: Principal, id: string): PrintJob {
    const job = this.jobs.get(id);
    if (!job || job.ownerId !== user.id) throw notFound('print_job', id);
    return job;
  }

  private forgetOld(): void {
    for (const job of this.jobs.values())
      if (job.status !== 'preparing' && Date.now() - job.startedAt > KEEP_MS) {
        rmSync(job.file, { force: true });
        this.jobs.delete(job.id);
      }
  }
}

function view({ id, status, done, total, fileName }: PrintJob): PrintJobView {
  return { id, status, done, total, fileName };
}

function fileStem(classes: SchoolClass[]): string {
  if (classes.length > 4) return `packets-${classes.length}-classes`;
  return `packets-${classes.map((c) => `${c.grade}${c.letter}`).join('_')}`;
}
