/** Schools run on local dates: Kazakhstan is on UTC+5 across the country since 2024. */
export const SCHOOL_TIME_ZONE = 'Asia/Almaty';

/** The calendar date (YYYY-MM-DD) of an instant in the schools' time zone. */
export function localDate(instant: Date = new Date(), timeZone = SCHOOL_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The first instant after the given local date ends: "as of" a date includes that whole day. */
export function endOfLocalDay(isoDate: string): Date {
  return new Date(`${addDays(isoDate, 1)}T00:00:00+05:00`);
}

/** The time of day (HH.MM) of an instant in the schools' time zone. */
export function localTime(instant: Date = new Date(), timeZone = SCHOOL_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .replace(':', '.');
}
