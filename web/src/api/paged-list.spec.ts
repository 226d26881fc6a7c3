import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { PAGED, pagedList } from './paged-list';

type Row = { id: string };
type Page = { items: Row[]; total: number };
const rows = (...ids: string[]): Row[] => ids.map((id) => ({ id }));

/** What TanStack Query hands a screen for a list read a page at a time, in one state. */
function answer(
  pages: (Page | undefined)[],
  state: Partial<UseInfiniteQueryResult<InfiniteData<Page | undefined>, unknown>> = {},
) {
  return {
    data: { pages, pageParams: [] },
    hasNextPage: false,
    isFetchingNextPage: false,
    isFetchNextPageError: false,
    isError: false,
    isFetching: false,
    error: null,
    fetchNextPage: () => Promise.resolve(),
    ...state,
  } as unknown as UseInfiniteQueryResult<InfiniteData<Page | undefined>, unknown>;
}

describe('a list read a page at a time', () => {
  it('asks for the next page from the rows already read, until the total is reached', () => {
    const first = { items: rows('a', 'b'), total: 3 };
    expect(PAGED.getNextPageParam(first, [first])).toBe(2);
    const second = { items: rows('c'), total: 3 };
    expect(PAGED.getNextPageParam(second, [first, second])).toBeUndefined();
    // A list that shrank meanwhile answers an empty page: no endless asking.
    expect(PAGED.getNextPageParam({ items: [], total: 9 }, [first, { items: [], total: 9 }])).toBe(
      undefined,
    );
  });

  it('shows a row that moved to the next page once, with the latest total', () => {
    const list = pagedList(
      answer(
        [
          { items: rows('a', 'b'), total: 3 },
          { items: rows('b', 'c'), total: 4 },
        ],
        {
          hasNextPage: true,
        },
      ),
    );
    expect(list.items.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(list.total).toBe(4);
    expect(list.hasMore).toBe(true);
  });

  it('keys packets by their code', () => {
    const packets = pagedList(
      answer([
        { items: [{ code: 'RR1' }, { code: 'RR2' }], total: 2 },
        { items: [{ code: 'RR2' }], total: 2 },
      ] as unknown as Page[]),
    );
    expect(packets.items).toEqual([{ code: 'RR1' }, { code: 'RR2' }]);
  });

  it('tells a list that could not be read from a part that could not be added', () => {
    const refusal = new Error('no answer');
    expect(pagedList(answer([], { isError: true, error: refusal })).failed).toBe(refusal);
    const more = pagedList(
      answer([{ items: rows('a'), total: 2 }], {
        isError: true,
        isFetchNextPageError: true,
        error: refusal,
      }),
    );
    expect([more.failed, more.moreFailed, more.items.length]).toEqual([undefined, refusal, 1]);
  });
});
