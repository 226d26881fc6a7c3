import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { KazpostLink } from './kazpost-link.entity';

/** Unknown codes kept for the admin to see. */
const MAX_UNKNOWN_CODES = 50;

/** The one row saying how the link to Kazpost fares, shared by every worker. */
@Injectable()
export class KazpostLinkRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  read(): Promise<KazpostLink | null> {
    return this.db.tx.getRepository(KazpostLink).findOneBy({ id: 1 });
  }

  /** True when this worker may sweep now: no other sweep holds the lease and no pause runs. */
  async takeSweep(now: Date, leaseMs: number): Promise<boolean> {
    // TypeORM answers an UPDATE with [rows, count].
    const [rows] = await this.db.tx.query<[unknown[], number]>(
      `UPDATE kazpost_link SET sweep_until = $2
        WHERE id = 1 AND (sweep_until IS NULL OR sweep_until < $1)
          AND (paused_until IS NULL OR paused_until <= $1)
        RETURNING id`,
      [now, new Date(now.getTime() + leaseMs)],
    );
    return rows.length > 0;
  }

  async endSweep(): Promise<void> {
    await this.db.tx.query('UPDATE kazpost_link SET sweep_until = NULL WHERE id = 1');
  }

  /** Kazpost answered; codes it sent that our table lacks are added to the admin's list. */
  async reached(now: Date, unknownCodes: string[]): Promise<void> {
    await this.db.tx.query(
      `UPDATE kazpost_link
          SET last_reached_at = $1, consecutive_failures = 0, paused_until = NULL,
              unknown_codes = (SELECT COALESCE(array_agg(code ORDER BY code), '{}')
                                 FROM (SELECT DISTINCT unnest(unknown_codes || $2::text[]) AS code
                                        ORDER BY code LIMIT $3) c)
        WHERE id = 1`,
      [now, unknownCodes, MAX_UNKNOWN_CODES],
    );
  }

  /** Records a failure; when it `counts` (Kazpost itself failed), returns the failures in a row. */
  async failed(now: Date, reason: string, options = { counts: true }): Promise<number> {
    const [[row]] = await this.db.tx.query<[{ consecutive_failures: number }[], number]>(
      `UPDATE kazpost_link
          SET last_failure_at = $1, last_failure = left($2, 300),
              consecutive_failures = consecutive_failures + $3::int
        WHERE id = 1
        RETURNING consecutive_failures`,
      [now, reason, options.counts ? 1 : 0],
    );
    return row?.consecutive_failures ?? 1;
  }

  async pause(until: Date): Promise<void> {
    await this.db.tx.query('UPDATE kazpost_link SET paused_until = $1 WHERE id = 1', [until]);
  }
}
