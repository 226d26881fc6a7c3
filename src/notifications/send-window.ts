import { addDays, localDate } from '@/common/dates';

/** Families are not woken: no message goes out between 21:00 and 09:00 in Almaty. */
const MORNING_HOUR = 9;
const EVENING_HOUR = 21;

/** The hour (0-23) of an instant in the schools' time zone (UTC+5, no daylight saving). */
function localHour(instant: Date): number {
  return new Date(instant.getTime() + 5 * 3_600_000).getUTCHours();
}

/** 09:00 Almaty time on a local date. */
export function morningOf(isoDate: string): Date {
  return new Date(`${isoDate}T0${MORNING_HOUR}:00:00+05:00`);
}

/** When a message due now may go: now in the day, else the next 09:00. */
export function sendableFrom(now: Date): Date {
  const hour = localHour(now);
  if (hour >= MORNING_HOUR && hour < EVENING_HOUR) return now;
  const today = localDate(now);
  return morningOf(hour < MORNING_HOUR ? today : addDays(today, 1));
}

/** The first instant of the local day `now` falls in: the daily cap counts from here. */
export function startOfLocalDay(now: Date): Date {
  return new Date(`${localDate(now)}T00:00:00+05:00`);
}

/** 09:00 of the next local day: where a message over the daily cap waits. */
export function nextMorning(now: Date): Date {
  return morningOf(addDays(localDate(now), 1));
}
