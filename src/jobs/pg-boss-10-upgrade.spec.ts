import { groupByQueue, V10Job } from './pg-boss-10-upgrade';

const row = (id: string, name: string, extra: Partial<V10Job> = {}): V10Job => ({
  id,
  name,
  priority: 0,
  data: { id },
  retry_limit: 8,
  retry_delay: 5,
  retry_backoff: true,
  start_after: new Date('2026-12-05T04:00:00Z'),
  singleton_key: null,
  expire_seconds: 120,
  ...extra,
});

describe('groupByQueue', () => {
  it('groups the old rows by queue in their order, keeping id, data, timing and retry rules', () => {
    const queues = groupByQueue([row('a', 'send'), row('b', 'receipt'), row('c', 'send')]);
    expect([...queues.keys()]).toEqual(['send', 'receipt']);
    expect(queues.get('send')?.map((job) => job.id)).toEqual(['a', 'c']);
    expect(queues.get('receipt')).toEqual([
      {
        id: 'b',
        data: { id: 'b' },
        priority: 0,
        retryLimit: 8,
        retryDelay: 5,
        retryBackoff: true,
        startAfter: new Date('2026-12-05T04:00:00Z'),
        singletonKey: undefined,
        expireInSeconds: 120,
      },
    ]);
  });

  it('keeps a singleton key, gives a job without data an empty object and a lease of at least a second', () => {
    const [job] = groupByQueue([
      row('a', 'daily', { singleton_key: 'start', data: null, expire_seconds: 0 }),
    ]).get('daily')!;
    expect(job).toMatchObject({ singletonKey: 'start', data: {}, expireInSeconds: 1 });
  });
});
