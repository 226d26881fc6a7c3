import { useQueries, useQuery } from '@tanstack/react-query';
import { $api, api } from './client';
import { everyKey, readEvery } from './read-every';
import type { components } from './schema';

type Office = components['schemas']['PostOffice'];
type SchoolClass = components['schemas']['SchoolClass'];

const wanted = (ids: (string | null | undefined)[]) => [
  ...new Set(ids.filter((id): id is string => !!id)),
];

/**
 * The offices with these ids, each fetched once and cached: Kazpost has thousands of
 * branches, so screens ask for the few they name rather than load them all.
 */
export function useOffices(ids: (string | null | undefined)[]): Map<string, Office> {
  const answers = useQueries({
    queries: wanted(ids).map((id) =>
      $api.queryOptions(
        'get',
        '/post-offices/{id}',
        { params: { path: { id } } },
        {
          staleTime: 60_000,
        },
      ),
    ),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}

/** The classes with these ids (an audit entry names them), each fetched once and cached. */
export function useClassesById(ids: (string | null | undefined)[]): Map<string, SchoolClass> {
  const answers = useQueries({
    queries: wanted(ids).map((id) =>
      $api.queryOptions(
        'get',
        '/classes/{id}',
        { params: { path: { id } } },
        {
          staleTime: 60_000,
        },
      ),
    ),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}

/** The lists several screens share, read whole. */
export const useSchools = () =>
  useQuery({
    queryKey: everyKey('/schools', {}),
    queryFn: () => readEvery((page) => api.GET('/schools', { params: { query: page } })),
  });
export const useStaff = (schoolId?: string) =>
  useQuery({
    queryKey: everyKey('/staff', { schoolId }),
    queryFn: () =>
      readEvery((page) => api.GET('/staff', { params: { query: { ...page, schoolId } } })),
  });
export const useClasses = (schoolId?: string) =>
  useQuery({
    queryKey: everyKey('/classes', { schoolId }),
    queryFn: () =>
      readEvery((page) => api.GET('/classes', { params: { query: { ...page, schoolId } } })),
  });
export const useSubjects = (grade?: number, language?: 'kk' | 'ru' | 'ky') =>
  $api.useQuery('get', '/subjects', { params: { query: { grade, language } } });

/** A class's pupils, read whole: a class is small, and every pupil must be offered. */
export const classPupils = (classId: string) => ({
  queryKey: everyKey('/students', { classId }),
  queryFn: () =>
    readEvery((page) => api.GET('/students', { params: { query: { ...page, classId } } })),
});
