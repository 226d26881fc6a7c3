import type { QueryClient } from '@tanstack/react-query';

/**
 * The API resource a cached query reads: the first segment of its route
 * (['get', '/packets/{code}', ...] reads 'packets').
 */
export function resourceOf(queryKey: readonly unknown[]): string | undefined {
  const path = queryKey[1];
  return typeof path === 'string' && path.startsWith('/') ? path.split('/')[1] : undefined;
}

/** After a change: every query on screen or in the cache that reads these resources is stale. */
export function refreshResources(queries: QueryClient, resources: readonly string[]) {
  return queries.invalidateQueries({
    predicate: (query) => resources.includes(resourceOf(query.queryKey) ?? ''),
  });
}
