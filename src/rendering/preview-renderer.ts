import { Injectable } from '@nestjs/common';
import { fail } from '@/common/errors/domain-error';
import { RenderPool } from './render-pool';
import { RenderTask } from './render-task';

/**
 * Previews are asked for at every pause in typing: each person has one in flight, and a new
 * one replaces the one before (which answers 409 `render.superseded` instead of its PDF, and
 * leaves the queue at once if it had not started).
 */
@Injectable()
export class PreviewRenderer {
  private readonly inFlight = new Map<string, AbortController>();

  constructor(private readonly pool: RenderPool) {}

  async render(
    userId: string,
    task: Exclude<RenderTask, { kind: 'packets' } | { kind: 'picture' }>,
  ): Promise<Buffer> {
    this.inFlight.get(userId)?.abort(superseded());
    const mine = new AbortController();
    this.inFlight.set(userId, mine);
    try {
      const pdf = await this.pool.render('quick', task, mine.signal);
      if (mine.signal.aborted) throw superseded();
      return pdf;
    } finally {
      if (this.inFlight.get(userId) === mine) this.inFlight.delete(userId);
    }
  }
}

function superseded(): Error {
  return fail('render.superseded', 'A newer preview of yours replaced this one.');
}
