import { $api } from '../api/client';

/** Packets going out from today on, with cases, missing subjects and load; `caseId`: where it fits. */
export const useSchedule = (query: { caseId?: string } = {}) =>
  $api.useQuery('get', '/schedule', { params: { query } });

/** For a teacher: each subject they write, for the next packet of each class. */
export const useDue = (enabled = true) => $api.useQuery('get', '/schedule/due', {}, { enabled });
