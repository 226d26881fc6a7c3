import { dataOf, type Answer } from './errors';

/** The most rows the service answers in one page. */
export const MOST_PER_PAGE = 500;

/**
 * The cache key of a list read whole: its route, then 'every' (a query of one page of the same
 * route is another entry).
 */
export const everyKey = (path: string, query: Record<string, unknown>) =>
  ['get', path, { params: { query } }, 'every'] as const;

interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Every row of a list that stays small (a school's classes or staff, a class's pupils), read
 * page after page: a picker must offer them all, so nothing past the service's cap is cut.
 */
export async function readEvery<T>(
  fetchPage: (page: { limit: number; offset: number }) => Promise<Answer<Page<T>>>,
): Promise<Page<T>> {
  const items: T[] = [];
  for (;;) {
    const page = dataOf(await fetchPage({ limit: MOST_PER_PAGE, offset: items.length }));
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0)
      return { items, total: items.length };
  }
}
