import { $api } from '../api/client';

/** Packets going out from today on, with cases, missing subjects and load; `caseId`: where it fits. */
export const useSchedule = (query: { caseId?: string } = {}) =>
  $api.useQuery('get', '/schedule', { params: { query } });

/** For a teacher: each subject they owe the next packet of each class (assigned, else written). */
export const useDue = (enabled = true) => $api.useQuery('get', '/schedule/due', {}, { enabled });

/** Who teaches which subject in a class, as the academic deputy keeps it. */
export const useAssignments = (classId: string) =>
  $api.useQuery(
    'get',
    '/schedule/assignments',
    { params: { query: { classId } } },
    { enabled: !!classId },
  );
