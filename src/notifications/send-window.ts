import { addDays, localDate } from '@/common/dates';

/** Families are not woken: by default no message goes out between 21:00 and 09:00 in Almaty. */
export interface QuietHours {
  from: number;
  to: number;
}
const DEFAULT_QUIET: QuietHours = { from: 21, to: 9 };

/** The hour (0-23) of an instant in the schools' time zone (UTC+5, no daylight saving). */
function localHour(instant: Date): number {
  return new Date(instant.getTime() + 5 * 3_600_000).getUTCHours();
}

/** The morning hour (09:00 by default) Almaty time on a local date. */
export function morningOf(isoDate: string, hour = DEFAULT_QUIET.to): Date {
  return new Date(`${isoDate}T${String(hour).padStart(2, '0')}:00:00+05:00`);
}

/** When a message due now may go: now outside the quiet hours, else when they end. */
export function sendableFrom(now: Date, quiet: QuietHours | null = DEFAULT_QUIET): Date {
  if (!quiet) return now;
  const hour = localHour(now);
  const wraps = quiet.from > quiet.to;
  const isQuiet = wraps
    ? hour >= quiet.from || hour < quiet.to
    : hour >= quiet.from && hour < quiet.to;
  if (!isQuiet) return now;
  const today = localDate(now);
  return morningOf(wraps && hour >= quiet.from ? addDays(today, 1) : today, quiet.to);
}

/** The first instant of the local day `now` falls in: the daily cap counts from here. */
export function startOfLocalDay(now: Date): Date {
  return new Date(`${localDate(now)}T00:00:00+05:00`);
}

/** The end of the next night's quiet hours: where a message over the daily cap waits. */
export function nextMorning(now: Date, quiet: QuietHours | null = DEFAULT_QUIET): Date {
  return morningOf(addDays(localDate(now), 1), quiet?.to ?? 0);
}
