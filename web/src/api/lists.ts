import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from './client';
import { dataOf } from './errors';
import type { components } from './schema';

type Office = components['schemas']['PostOffice'];

/**
 * The offices with these ids, each fetched once and cached: Kazpost has thousands of
 * branches, so screens ask for the few they name rather than load them all.
 */
export function useOffices(ids: (string | null | undefined)[]): Map<string, Office> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const answers = useQueries({
    queries: wanted.map((id) => ({
      queryKey: ['post-offices', 'one', id],
      queryFn: async () =>
        dataOf(await api.GET('/post-offices/{id}', { params: { path: { id } } })),
      staleTime: 60_000,
    })),
  });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}

/** The lists several screens share, cached once under the API path's name. */
export const useSchools = () =>
  useQuery({
    queryKey: ['schools'],
    queryFn: async () => dataOf(await api.GET('/schools', { params: { query: { limit: 500 } } })),
  });
export const useStaff = (schoolId?: string) =>
  useQuery({
    queryKey: ['staff', schoolId],
    queryFn: async () =>
      dataOf(await api.GET('/staff', { params: { query: { limit: 500, schoolId } } })),
  });
export const useClasses = (schoolId?: string) =>
  useQuery({
    queryKey: ['classes', schoolId],
    queryFn: async () =>
      dataOf(await api.GET('/classes', { params: { query: { limit: 500, schoolId } } })),
  });
export const useSubjects = (grade?: number, language?: 'kk' | 'ru' | 'ky') =>
  useQuery({
    queryKey: ['subjects', grade, language],
    queryFn: async () =>
      dataOf(await api.GET('/subjects', { params: { query: { grade, language } } })),
  });
