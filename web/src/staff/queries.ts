import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { everyKey, readEvery } from '../api/read-every';

/** A school's staff (the signed-in person's school unless named), read whole. */
export const useStaff = (schoolId?: string) =>
  useQuery({
    queryKey: everyKey('/staff', { schoolId }),
    queryFn: () =>
      readEvery((page) => api.GET('/staff', { params: { query: { ...page, schoolId } } })),
  });
