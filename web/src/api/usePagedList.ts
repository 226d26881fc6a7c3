import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { dataOf, type Answer } from './errors';

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
 * A long list read a page at a time, newest first: the first page at once, the next when the
 * user asks for more (an old laptop on a village link should not load a year of records).
 * A row that moved to the next page while new ones arrived is shown once.
 */
export function usePagedList<T extends Keyed>(
  queryKey: unknown[],
  fetchPage: (page: { limit: number; offset: number }) => Promise<Answer<Page<T>>>,
  { enabled = true }: { enabled?: boolean } = {},
): PagedList<T> {
  const query = useInfiniteQuery({
    queryKey,
    enabled,
    initialPageParam: 0,
    queryFn: async ({ pageParam }) =>
      dataOf(await fetchPage({ limit: PAGE_SIZE, offset: pageParam })),
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0);
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
  const seen = new Set<string>();
  const items = (query.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((item) => !seen.has(keyOf(item)) && !!seen.add(keyOf(item)));
  return {
    items,
    total: query.data?.pages.at(-1)?.total ?? 0,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    loadingMore: query.isFetchingNextPage,
    moreFailed: query.isFetchNextPageError ? query.error : undefined,
    failed: query.isError && !query.isFetchNextPageError ? query.error : undefined,
    busy: query.isFetching,
  };
}
