import { daysBetween, localDate } from '@/common/dates';

/** Days without a return after which a pupil who owes work goes on the call list. */
export const SILENT_DAYS = 28;

/** What the call list needs to know of one pupil, as of the report's date. */
export interface PupilReturns {
  /** Some work due by the report's date has not come back (a pupil who owes nothing is not silent). */
  owesWork: boolean;
  lastReturnedAt: Date | null;
}

/**
 * A pupil to phone: owes work due by `asOf` and handed nothing in during the 28 days before
 * it (or never). A pupil whose every due packet came back is never silent, however long ago.
 */
export function isSilentPupil(pupil: PupilReturns, asOf: string): boolean {
  if (!pupil.owesWork) return false;
  if (pupil.lastReturnedAt === null) return true;
  return daysBetween(localDate(pupil.lastReturnedAt), asOf) >= SILENT_DAYS;
}
