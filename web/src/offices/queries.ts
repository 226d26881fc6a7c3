import { useQueries } from '@tanstack/react-query';
import { distinctIds } from '../api/by-ids';
import { $api } from '../api/client';
import type { components } from '../api/schema';

type Office = components['schemas']['PostOffice'];

/**
 * The offices with these ids, each fetched once and cached: Kazpost has thousands of
 * branches, so screens ask for the few they name rather than load them all.
 */
export function useOffices(ids: (string | null | undefined)[]): Map<string, Office> {
  const answers = useQueries({
    queries: distinctIds(ids).map((id) =>
      $api.queryOptions(
        'get',
        '/post-offices/{id}',
        { params: { path: { id } } },
        { staleTime: 60_000 },
      ),
    ),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}
