import { LoginFailuresRepository } from './login-failures.repository';

/**
 * What the limiter says about a login attempt: go ahead (after `slowDownMs`, when the login
 * is being guessed from elsewhere), or wait this many seconds.
 */
export type LoginVerdict =
  { allowed: true; slowDownMs: number } | { allowed: false; retryAfterSeconds: number };

export const WINDOW_MS = 60_000;
/** Each failure of a login past its limit, from anywhere, makes its next answer this much slower. */
const SLOW_DOWN_STEP_MS = 500;
const MAX_SLOW_DOWN_MS = 5_000;

/** How long to hold a login's answer, from its failures in the last minute at any address. */
export function slowDownMs(failures: number, limit: number): number {
  return Math.min(MAX_SLOW_DOWN_MS, Math.max(0, failures - limit + 1) * SLOW_DOWN_STEP_MS);
}

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
const pairKey = (login: string, address: string): string =>
  `pair:${login.toLowerCase()}@${address}`;

/**
 * Failed logins in the last minute. A login tried from one address past its limit is refused
 * there (429), and so is an address failing for many logins (five times the limit, since a
 * whole office may share it); a login guessed from everywhere is only slowed down, never shut
 * out, so nobody can keep the admin out by failing on purpose. Only failures count, so a
 * clerk who logs in twenty times a day is never slowed. Kept in PostgreSQL, so every API
 * process behind the load balancer counts the same failures.
 */
export class FailedLogins {
  constructor(
    private readonly failures: LoginFailuresRepository,
    private readonly perLogin: number,
    private readonly perAddress: number,
  ) {}

  async check(login: string, address: string, now = new Date()): Promise<LoginVerdict> {
    const rows = await this.failures.failuresSince(
      [loginKey(login), addressKey(address), pairKey(login, address)],
      new Date(now.getTime() - WINDOW_MS),
    );
    const times = (key: string): number[] =>
      (rows.find((r) => r.key === key)?.times ?? []).map((t) => new Date(t).getTime());
    const longest = Math.max(
      waitMs(times(pairKey(login, address)), this.perLogin, now.getTime()),
      waitMs(times(addressKey(address)), this.perAddress, now.getTime()),
    );
    return longest > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(longest / 1000) }
      : { allowed: true, slowDownMs: slowDownMs(times(loginKey(login)).length, this.perLogin) };
  }

  async recordFailure(login: string, address: string, now = new Date()): Promise<void> {
    await this.failures.record(
      [loginKey(login), addressKey(address), pairKey(login, address)],
      now,
    );
    await this.failures.pruneBefore(new Date(now.getTime() - WINDOW_MS));
  }

  /** A successful login forgets that login's failures here (other addresses' stay limited). */
  async recordSuccess(login: string, address: string): Promise<void> {
    await this.failures.forget([loginKey(login), pairKey(login, address)]);
  }
}
