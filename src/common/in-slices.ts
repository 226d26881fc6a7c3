import { setImmediate } from 'node:timers/promises';

/** Work done between two turns of the event loop: a request that comes meanwhile waits about this. */
export const SLICE_MS = 5;

/**
 * Calls `each` on every item, letting other requests in whenever `sliceMs` has passed since
 * the last turn: bounded by time rather than by a number of items, so a slow row or a busy
 * machine never makes a longer stall.
 */
export async function inSlices<T>(
  items: Iterable<T>,
  each: (item: T, index: number) => void,
  sliceMs = SLICE_MS,
): Promise<void> {
  let since = performance.now();
  let index = 0;
  for (const item of items) {
    each(item, index++);
    if (performance.now() - since >= sliceMs) {
      await setImmediate();
      since = performance.now();
    }
  }
}
