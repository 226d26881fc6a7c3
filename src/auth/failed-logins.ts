/** What the limiter says about a login attempt: go ahead, or wait this many seconds. */
export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Failed logins in the last minute, per login and per address. Only failures count, so a
 * clerk who logs in twenty times a day is never slowed; an address may fail more often than
 * one login, since a whole office may share it. Kept in this process's memory.
 */
export class FailedLogins {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly perLogin: number,
    private readonly perAddress: number,
    private readonly capacity = 100_000,
  ) {}

  check(login: string, address: string, nowMs = Date.now()): LoginVerdict {
    const waits = [
      this.wait(`login:${login.toLowerCase()}`, this.perLogin, nowMs),
      this.wait(`address:${address}`, this.perAddress, nowMs),
    ];
    const longest = Math.max(...waits);
    return longest > 0
      ? { allowed: false, retryAfterSeconds: Math.ceil(longest / 1000) }
      : { allowed: true };
  }

  recordFailure(login: string, address: string, nowMs = Date.now()): void {
    for (const key of [`login:${login.toLowerCase()}`, `address:${address}`]) {
      const recent = this.recent(key, nowMs);
      recent.push(nowMs);
      // Maps keep insertion order: re-inserting keeps the most active keys, drops the oldest.
      this.failures.delete(key);
      if (this.failures.size >= this.capacity)
        this.failures.delete(this.failures.keys().next().value!);
      this.failures.set(key, recent);
    }
  }

  /** A successful login forgets that login's failures (its address's stay). */
  recordSuccess(login: string): void {
    this.failures.delete(`login:${login.toLowerCase()}`);
  }

  /** Milliseconds until the key is under its limit again; 0 when it is already. */
  private wait(key: string, limit: number, nowMs: number): number {
    const recent = this.recent(key, nowMs);
    if (recent.length < limit) return 0;
    return recent[recent.length - limit] + WINDOW_MS - nowMs;
  }

  private recent(key: string, nowMs: number): number[] {
    return (this.failures.get(key) ?? []).filter((at) => at > nowMs - WINDOW_MS);
  }
}
