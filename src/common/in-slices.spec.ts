import { inSlices } from './in-slices';

/** Keeps the thread busy for `ms`, as a slow row would. */
const busy = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('inSlices', () => {
  it('calls each item in order and lets waiting work in once a slice of time is used', async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push('other'));
    await inSlices(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      (n, index) => {
        busy(2);
        seen.push(`${n}@${index}`);
      },
      5,
    );
    const items = seen.filter((s) => s !== 'other');
    expect(items).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}@${i}`));
    // Three items of 2 ms fill a 5 ms slice: the waiting callback runs after one to three items
    // (fewer when this thread was kept waiting for a core), long before the tenth.
    const other = seen.indexOf('other');
    expect(other).toBeGreaterThanOrEqual(1);
    expect(other).toBeLessThanOrEqual(3);
  });

  it('does not pause while the work is quick', async () => {
    const seen: string[] = [];
    setImmediate(() => seen.push('other'));
    await inSlices([1, 2, 3], (n) => seen.push(String(n)), 1_000);
    expect(seen).toEqual(['1', '2', '3']);
  });
});
