import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import { dataOf } from './errors';

/** The lists several screens share, cached once under the API path's name. */
export const usePostOffices = () =>
  useQuery({
    queryKey: ['post-offices'],
    queryFn: async () =>
      dataOf(await api.GET('/post-offices', { params: { query: { limit: 500 } } })),
  });

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
