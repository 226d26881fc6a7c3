import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { everyKey, readEvery } from '../api/read-every';

/** Every school, read whole (the admin's pickers offer them all). */
export const useSchools = () =>
  useQuery({
    queryKey: everyKey('/schools', {}),
    queryFn: () => readEvery((page) => api.GET('/schools', { params: { query: page } })),
  });
