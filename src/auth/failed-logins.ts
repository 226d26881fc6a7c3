import { DataSource } from 'typeorm';

/** What the limiter says about a login attempt: go ahead, or wait this many seconds. */
export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export const WINDOW_MS = 60_000;

/**
 * Milliseconds until a key is under its limit again (0 when it is already), from the times of
 * its failures in the last minute, oldest first.
 */
export function waitMs(failureTimes: number[], limit: number, nowMs: number): number {
  const recent = failureTimes.filter((at) => at > nowMs - WINDOW_MS);
  if (recent.length < limit) return 0;
  return recent[recent.length - limit] + WINDOW_MS - nowMs;
}

const loginKey = (login: string): string => `login:${login.toLowerCase()}`;
const addressKey = (address: string): string => `address:${address}`;

/**
 * Failed logins in the last minute, per login and per address. Only failures count, so a
 * clerk who logs in twenty times a day is never slowed; an address may fail more often than
 * one login, since a whole office may share it. Kept in PostgreSQL, so every API process
 * behind the load balancer counts the same failures.
 */
export class FailedLogins {
  constructor(
    private readonly dataSource: DataSource,
    private readonly perLogin: number,
    private readonly perAddress: number,
  ) {}

  async check(login: string, address: string, now = new Date()): Promise<LoginVerdict> {
    const rows = await this.dataSource.query<{ key: string; times: Date[] }[]>(
      `SELECT key, array_agg(failed_at ORDER BY failed_at) AS times FROM login_failures
        WHERE key = ANY($1) AND failed_at > $2 GROUP BY key`,
      [[loginKey(login), addressKey(address)], new Date(now.getTime() - WINDOW_MS)],
    );
    const times = (key: string): number[] =>
      (rows.find((r) => r.key === key)?.times ?? []).map((t) => new Date(t).getTime());
    const longest = Math.max(
      waitMs(times(loginKey(login)), this.perLogin, now.getTime()),
      waitMs(times(addressKey(address)), this.perAddress, now.getTime()),
    );
    return longest > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(longest / 1000) }
      : { allowed: true };
  }

  async recordFailure(login: string, address: string, now = new Date()): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_failures (key, failed_at) VALUES ($1, $3), ($2, $3)`,
      [loginKey(login), addressKey(address), now],
    );
    // Rows are numbered in time order: the oldest are at the head, cheap to clear as we go.
    await this.dataSource.query(
      `DELETE FROM login_failures WHERE id IN (
         SELECT id FROM login_failures WHERE failed_at < $1 ORDER BY id LIMIT 100)`,
      [new Date(now.getTime() - WINDOW_MS)],
    );
  }

  /** A successful login forgets that login's failures (its address's stay). */
  async recordSuccess(login: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_failures WHERE key = $1', [loginKey(login)]);
  }
}
