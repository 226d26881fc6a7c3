import { DomainError } from '@/common/errors/domain-error';
import { RenderAdmission } from './render-lane';

describe('RenderAdmission', () => {
  it('lets `threads` in at once, queues `queue` more and refuses the rest with a wait', async () => {
    const lane = new RenderAdmission('quick', 1, 1);
    const first = await lane.enter();
    const second = lane.enter();
    const refused = await lane.enter().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'render.busy', details: { retryAfterSeconds: 2 } });
    expect(lane.load).toBe(2);
    first();
    const secondRelease = await second;
    expect(lane.load).toBe(1);
    secondRelease();
    expect(lane.load).toBe(0);
  });

  it('gives a freed place to the first waiter, so a newcomer cannot jump the queue', async () => {
    const lane = new RenderAdmission('bulk', 1, 2);
    const first = await lane.enter();
    const order: string[] = [];
    const waiting = lane.enter().then((release) => {
      order.push('waiter');
      return release;
    });
    first();
    const newcomer = lane.enter().then((release) => {
      order.push('newcomer');
      return release;
    });
    (await waiting)();
    (await newcomer)();
    expect(order).toEqual(['waiter', 'newcomer']);
    expect(lane.load).toBe(0);
  });

  it('drops a waiter whose signal aborts, and a release given twice counts once', async () => {
    const lane = new RenderAdmission('quick', 1, 2);
    const first = await lane.enter();
    const abort = new AbortController();
    const waiting = lane.enter(abort.signal);
    abort.abort(new Error('replaced'));
    await expect(waiting).rejects.toThrow('replaced');
    expect(lane.load).toBe(1);
    first();
    first();
    expect(lane.load).toBe(0);
  });
});
