import { $api } from '../api/client';

/** The subject catalogue a case is written for, by grade and language. */
export const useSubjects = (grade?: number, language?: 'kk' | 'ru' | 'ky') =>
  $api.useQuery('get', '/subjects', { params: { query: { grade, language } } });
