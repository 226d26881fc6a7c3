import { useQueries, useQuery } from '@tanstack/react-query';
import { distinctIds } from '../api/by-ids';
import { $api, api } from '../api/client';
import { everyKey, readEvery } from '../api/read-every';
import type { components } from '../api/schema';

type SchoolClass = components['schemas']['SchoolClass'];

/** The classes with these ids (an audit entry names them), each fetched once and cached. */
export function useClassesById(ids: (string | null | undefined)[]): Map<string, SchoolClass> {
  const answers = useQueries({
    queries: distinctIds(ids).map((id) =>
      $api.queryOptions(
        'get',
        '/classes/{id}',
        { params: { path: { id } } },
        { staleTime: 60_000 },
      ),
    ),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}

/** A school's classes, read whole: every class must be offered. */
export const useClasses = (schoolId?: string) =>
  useQuery({
    queryKey: everyKey('/classes', { schoolId }),
    queryFn: () =>
      readEvery((page) => api.GET('/classes', { params: { query: { ...page, schoolId } } })),
  });

/** A class's pupils, read whole: a class is small, and every pupil must be offered. */
export const classPupils = (classId: string) => ({
  queryKey: everyKey('/students', { classId }),
  queryFn: () =>
    readEvery((page) => api.GET('/students', { params: { query: { ...page, classId } } })),
});
