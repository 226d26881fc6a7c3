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
