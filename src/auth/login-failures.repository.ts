import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';

/** Failed logins by key (a login, an address, the two together), kept for every API process. */
@Injectable()
export class LoginFailuresRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Each key's failures since `since`, oldest first; a key with none is left out. */
  failuresSince(keys: string[], since: Date): Promise<{ key: string; times: Date[] }[]> {
    return this.db.tx.query<{ key: string; times: Date[] }[]>(
      `SELECT key, array_agg(failed_at ORDER BY failed_at) AS times FROM login_failures
        WHERE key = ANY($1) AND failed_at > $2 GROUP BY key`,
      [keys, since],
    );
  }

  /** One failure at `at` under each of the three keys. */
  async record(keys: [string, string, string], at: Date): Promise<void> {
    await this.db.tx.query(
      `INSERT INTO login_failures (key, failed_at) VALUES ($1, $4), ($2, $4), ($3, $4)`,
      [...keys, at],
    );
  }

  /** Rows are numbered in time order: the oldest are at the head, cheap to clear as we go. */
  async pruneBefore(before: Date): Promise<void> {
    await this.db.tx.query(
      `DELETE FROM login_failures WHERE id IN (
         SELECT id FROM login_failures WHERE failed_at < $1 ORDER BY id LIMIT 100)`,
      [before],
    );
  }

  async forget(keys: string[]): Promise<void> {
    await this.db.tx.query('DELETE FROM login_failures WHERE key = ANY($1)', [keys]);
  }
}
