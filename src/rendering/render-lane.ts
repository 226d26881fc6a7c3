import { fail } from '@/common/errors/domain-error';

/** How long a caller refused for a full lane is told to wait, by lane. */
export const RETRY_AFTER_SECONDS = { quick: 2, bulk: 30 } as const;
export type RenderLane = keyof typeof RETRY_AFTER_SECONDS;

interface Waiter {
  start(): void;
  refuse(error: Error): void;
}

/**
 * Admission to one lane of render threads: `threads` renders at once, `queue` more waiting,
 * and past that a 429 with Retry-After, so a burst of requests costs a short answer each
 * instead of a growing backlog. A waiting caller whose signal aborts leaves the queue.
 */
export class RenderAdmission {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly lane: RenderLane,
    private readonly threads: number,
    private readonly queue: number,
  ) {}

  /** Resolves with the function that gives the place back. */
  async enter(signal?: AbortSignal): Promise<() => void> {
    if (this.running < this.threads) {
      this.running += 1;
      return this.releaser();
    }
    if (this.waiting.length >= this.queue)
      throw fail(
        'render.busy',
        'Too many documents are being prepared right now; try again in a moment.',
        { retryAfterSeconds: RETRY_AFTER_SECONDS[this.lane] },
      );
    await new Promise<void>((start, refuse) => {
      const waiter = { start, refuse };
      this.waiting.push(waiter);
      signal?.addEventListener('abort', () => this.leave(waiter, signal.reason), { once: true });
    });
    return this.releaser();
  }

  /** Renders running or waiting now. */
  get load(): number {
    return this.running + this.waiting.length;
  }

  /** A place given back goes straight to the first waiter, so none can jump the queue. */
  private releaser(): () => void {
    let given = false;
    return () => {
      if (given) return;
      given = true;
      const next = this.waiting.shift();
      if (next) next.start();
      else this.running -= 1;
    };
  }

  private leave(waiter: Waiter, reason: unknown): void {
    const at = this.waiting.indexOf(waiter);
    if (at < 0) return;
    this.waiting.splice(at, 1);
    waiter.refuse(reason instanceof Error ? reason : new Error(String(reason)));
  }
}
