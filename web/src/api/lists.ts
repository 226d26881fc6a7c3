import { useQuery } from '@tanstack/react-query';
import { api } from './client';

/** The lists several screens share, cached once under the API path's name. */
export const usePostOffices = () =>
  useQuery({
    queryKey: ['post-offices'],
    queryFn: async () =>
      (await api.GET('/post-offices', { params: { query: { limit: 500 } } })).data,
  });

export const useSchools = () =>
  useQuery({
    queryKey: ['schools'],
    queryFn: async () => (await api.GET('/schools', { params: { query: { limit: 500 } } })).data,
  });

export const useStaff = (schoolId?: string) =>
  useQuery({
    queryKey: ['staff', schoolId],
    queryFn: async () =>
      (await api.GET('/staff', { params: { query: { limit: 500, schoolId } } })).data,
  });

export const useClasses = (schoolId?: string) =>
  useQuery({
    queryKey: ['classes', schoolId],
    queryFn: async () =>
      (await api.GET('/classes', { params: { query: { limit: 500, schoolId } } })).data,
  });

export const useSubjects = (grade?: number, language?: 'kk' | 'ru' | 'ky') =>
  useQuery({
    queryKey: ['subjects', grade, language],
    queryFn: async () =>
      (await api.GET('/subjects', { params: { query: { grade, language } } })).data,
  });
