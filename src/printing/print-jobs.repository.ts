import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MoreThan } from 'typeorm';
import { Language } from '@/directory/classes/class-language';
import { PrintJob } from './print-job.entity';

/** A print run a worker has taken. */
export interface ClaimedRun {
  id: string;
  attempt: number;
  dispatch_ids: string[];
  language: Language;
  file_name: string;
}

/** The print runs' SQL: the fair claim, progress, the end of a run, expiry. */
@Injectable()
export class PrintJobsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The dispatch's own latest run still kept and still whole: ready first, then preparing. */
  currentRunOf(dispatchId: string, now: Date): Promise<PrintJob | null> {
    return this.db.tx
      .getRepository(PrintJob)
      .createQueryBuilder('job')
      .where('job.dispatch_ids = ARRAY[:dispatchId]::uuid[]', { dispatchId })
      .andWhere('job.expires_at > :now', { now })
      .andWhere('job.total = (SELECT count(*) FROM packets p WHERE p.dispatch_id = :dispatchId)')
      .orderBy(`CASE job.status WHEN 'ready' THEN 0 WHEN 'preparing' THEN 1 ELSE 2 END`)
      .addOrderBy('job.created_at', 'DESC')
      .getOne();
  }

  /**
   * Holds the person's and the school's caps on runs being prepared until the transaction
   * ends, so two runs started at once cannot both see room for one more.
   */
  async lockRoomFor(ownerId: string, schoolId: string): Promise<void> {
    // Always the person first, then the school: no two starts wait on each other in a circle.
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`print-room:${ownerId}`]);
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `print-room:${schoolId}`,
    ]);
  }

  /** Runs still being prepared, the person's own and the whole school's. */
  async preparing(
    ownerId: string,
    schoolId: string,
    now: Date,
  ): Promise<{ mine: number; school: number }> {
    const preparing = { status: 'preparing' as const, expiresAt: MoreThan(now) };
    const jobs = this.db.tx.getRepository(PrintJob);
    return {
      mine: await jobs.countBy({ ...preparing, ownerId }),
      school: await jobs.countBy({ ...preparing, schoolId }),
    };
  }

  /** Every packet of the dispatches: their own and any made again in them since. */
  async packetsIn(dispatchIds: string[]): Promise<number> {
    const [{ count }] = await this.db.tx.query<{ count: string }[]>(
      'SELECT count(*) FROM packets WHERE dispatch_id = ANY($1::uuid[])',
      [dispatchIds],
    );
    return Number(count);
  }

  /**
   * Takes the fairest waiting run of the lane (runs of at most `smallRun` packets, or the
   * others): schools with the fewest runs rendering now first, then the school that waited
   * longest since its last start, then the oldest run. A run started more than `leaseSeconds`
   * ago belongs to a worker that died and is taken over.
   */
  async claimNext(
    smallRun: number,
    small: boolean,
    leaseSeconds: number,
  ): Promise<ClaimedRun | undefined> {
    // TypeORM answers UPDATE and DELETE with [rows, affected].
    const [[claimed]] = await this.db.tx.query<[ClaimedRun[], number]>(
      `UPDATE print_jobs SET attempt = attempt + 1, done = 0, started_at = now()
        WHERE id = (
          SELECT j.id FROM print_jobs j
           WHERE j.status = 'preparing' AND (j.total <= $1) = $2
             AND (j.started_at IS NULL OR j.started_at < now() - make_interval(secs => $3))
           ORDER BY (SELECT count(*) FROM print_jobs r
                      WHERE r.school_id IS NOT DISTINCT FROM j.school_id AND r.status = 'preparing'
                        AND r.started_at >= now() - make_interval(secs => $3)),
                    (SELECT max(r.started_at) FROM print_jobs r
                      WHERE r.school_id IS NOT DISTINCT FROM j.school_id) NULLS FIRST,
                    j.created_at
           LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, attempt, dispatch_ids, language, file_name`,
      [smallRun, small, leaseSeconds],
    );
    return claimed;
  }

  /** The try gave up: the run waits for the next try. */
  async release(id: string, attempt: number): Promise<void> {
    await this.db.tx.query(
      'UPDATE print_jobs SET started_at = NULL WHERE id = $1 AND attempt = $2',
      [id, attempt],
    );
  }

  /** False when another worker has taken the run over since this try began. */
  async reportDone(id: string, attempt: number, done: number): Promise<boolean> {
    const [, affected] = await this.db.tx.query<[unknown, number]>(
      'UPDATE print_jobs SET done = $3 WHERE id = $1 AND attempt = $2',
      [id, attempt, done],
    );
    return affected > 0;
  }

  async finish(id: string, attempt: number, status: 'ready' | 'failed'): Promise<void> {
    await this.db.tx.query(
      `UPDATE print_jobs SET status = $3::print_job_status,
              done = CASE WHEN $3::print_job_status = 'ready' THEN total ELSE done END
        WHERE id = $1 AND attempt = $2`,
      [id, attempt, status],
    );
  }

  /** Deletes the expired runs; answers how many, and the ids of those kept. */
  async deleteExpired(): Promise<{ expired: number; kept: string[] }> {
    const [, expired] = await this.db.tx.query<[unknown, number]>(
      'DELETE FROM print_jobs WHERE expires_at < now()',
    );
    const kept = await this.db.tx.query<{ id: string }[]>('SELECT id FROM print_jobs');
    return { expired, kept: kept.map((row) => row.id) };
  }
}
