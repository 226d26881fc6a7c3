import { addDays, localDate } from './dates';

/**
 * How far dates may reach, so nobody can fake the record: a return date at most this many
 * days ahead (a term), a duty starting at most a month back or a year ahead.
 */
export const DATE_BOUNDS = {
  returnDueDaysAhead: 120,
  dutyStartDaysBack: 30,
  dutyDaysAhead: 366,
  clockSkewMs: 5 * 60_000,
} as const;

/** The latest return date a dispatch or an extension may set, as of today. */
export const latestReturnDate = (today = localDate()): string =>
  addDays(today, DATE_BOUNDS.returnDueDaysAhead);

/** Why a duty's dates are refused: the field to correct, why (a catalogue word) and how to say it. */
export interface DutyDatesProblem {
  field: 'startsOn' | 'endsOn';
  reason: 'start_too_early' | 'start_too_late' | 'end_before_start' | 'too_long';
  /** The earliest or latest day allowed, as YYYY-MM-DD. */
  limit: string;
  message: string;
}

/** Why a duty's dates are refused, or undefined when they are fine. */
export function dutyDatesProblem(
  startsOn: string,
  endsOn: string | undefined,
  today = localDate(),
): DutyDatesProblem | undefined {
  const earliest = addDays(today, -DATE_BOUNDS.dutyStartDaysBack);
  const latest = addDays(today, DATE_BOUNDS.dutyDaysAhead);
  if (startsOn < earliest)
    return {
      field: 'startsOn',
      reason: 'start_too_early',
      limit: earliest,
      message: `startsOn: a duty may start at most ${DATE_BOUNDS.dutyStartDaysBack} days ago (${earliest} or later).`,
    };
  if (startsOn > latest)
    return {
      field: 'startsOn',
      reason: 'start_too_late',
      limit: latest,
      message: `startsOn: a duty may start at most a year ahead (${latest} or earlier).`,
    };
  if (endsOn && endsOn < startsOn)
    return {
      field: 'endsOn',
      reason: 'end_before_start',
      limit: startsOn,
      message: `endsOn: the end (${endsOn}) is before the start (${startsOn}); set it on or after the start.`,
    };
  const longest = addDays(startsOn, DATE_BOUNDS.dutyDaysAhead);
  if (endsOn && endsOn > longest)
    return {
      field: 'endsOn',
      reason: 'too_long',
      limit: longest,
      message: `endsOn: a duty may last at most a year (to ${longest}); appoint a new one after.`,
    };
  return undefined;
}

/** The duty a round belongs to, as far as its dates go. */
export interface DutyPeriod {
  startsOn: string;
  endsOn: string | null;
  createdAt: Date;
  /** When the deputy ended the duty early, if they did. */
  endedAt?: Date | null;
}

/**
 * Why a round's time is refused: in the future, before the duty was appointed, after it was
 * ended, or outside its dates.
 */
export function roundTimeProblem(
  duty: DutyPeriod,
  collectedAt: Date,
  now = new Date(),
): string | undefined {
  const skew = DATE_BOUNDS.clockSkewMs;
  if (collectedAt.getTime() > now.getTime() + skew) return 'collectedAt is in the future.';
  if (collectedAt.getTime() < duty.createdAt.getTime() - skew)
    return `collectedAt is before the duty was appointed (${duty.createdAt.toISOString()}).`;
  if (duty.endedAt && collectedAt.getTime() > duty.endedAt.getTime())
    return `collectedAt is after the duty was ended (${duty.endedAt.toISOString()}).`;
  const day = localDate(collectedAt);
  if (day < duty.startsOn || (duty.endsOn !== null && day > duty.endsOn))
    return `collectedAt (${day}) is outside the duty's dates (${duty.startsOn} to ${duty.endsOn ?? 'open'}).`;
  return undefined;
}

/** Why a new return date is refused: it must lie after `after` (today) and within the horizon. */
export function returnDateProblem(
  returnDueOn: string,
  after = localDate(),
  today = localDate(),
): string | undefined {
  if (returnDueOn <= after) return `returnDueOn ${returnDueOn} must be a date after ${after}.`;
  const latest = latestReturnDate(today);
  if (returnDueOn > latest)
    return `returnDueOn ${returnDueOn} is too far ahead: at most ${DATE_BOUNDS.returnDueDaysAhead} days from today (${latest}).`;
  return undefined;
}
