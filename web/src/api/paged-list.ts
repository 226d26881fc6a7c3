import {
  keepPreviousData,
  type InfiniteData,
  type UseInfiniteQueryResult,
} from '@tanstack/react-query';

/** One page of a list route: its items and how many match in all. */
interface Page<T> {
  items: T[];
  total: number;
}

export const PAGE_SIZE = 100;

/** A record's identity: its id, or a packet's code. */
type Keyed = { id: string } | { code: string };
const keyOf = (item: Keyed): string => ('id' in item ? item.id : item.code);

export interface PagedList<T> {
  items: T[];
  total: number;
  hasMore: boolean;
  loadMore(): void;
  loadingMore: boolean;
  /** The last try for the next part got no answer (or a refusal): the button tries again. */
  moreFailed: unknown;
  /** The first part could not be fetched: the list is unknown, not empty. */
  failed: unknown;
  busy: boolean;
}

/**
 * How a list route is read a page at a time (`$api.useInfiniteQuery('get', path, { params:
 * { query: { ...filters, limit: PAGE_SIZE } } }, PAGED)`): the offset is the rows already
 * read, and the last answer stays on screen while a new filter's first page comes.
 */
export const PAGED = {
  pageParamName: 'offset',
  initialPageParam: 0,
  getNextPageParam: (last: Page<unknown>, pages: Page<unknown>[]) => {
    const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
    return loaded < last.total && last.items.length > 0 ? loaded : undefined;
  },
  placeholderData: keepPreviousData,
};

/**
 * A long list read a page at a time, newest first: the first page at once, the next when the
 * user asks for more (an old laptop on a village link should not load a year of records).
 * A row that moved to the next page while new ones arrived is shown once.
 */
export function pagedList<T extends Keyed>(
  query: UseInfiniteQueryResult<InfiniteData<Page<T> | undefined>, unknown>,
): PagedList<T> {
  const pages = (query.data?.pages ?? []).filter((page): page is Page<T> => !!page);
  const seen = new Set<string>();
  const items = pages
    .flatMap((page) => page.items)
    .filter((item) => !seen.has(keyOf(item)) && !!seen.add(keyOf(item)));
  return {
    items,
    total: pages.at(-1)?.total ?? 0,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    moreFailed: query.isFetchNextPageError ? query.error : undefined,
    failed: query.isError && !query.isFetchNextPageError ? query.error : undefined,
    busy: query.isFetching,
  };
}
