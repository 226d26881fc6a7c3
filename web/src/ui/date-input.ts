export type DayProblem = 'format' | 'impossible' | 'tooEarly' | 'tooLate';

/** What a date typed as 19.12.2026 is: a day (YYYY-MM-DD), or '' with why it is no day. */
export interface TypedDay {
  day: string;
  problem?: DayProblem;
}

const DOTTED = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day, month and year as typed (19.12.2026, 1.2.2027; 2026-12-19 pasted from elsewhere). */
function partsOf(text: string): [number, number, number] | undefined {
  const dotted = DOTTED.exec(text);
  if (dotted) return [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
  const iso = ISO.exec(text);
  return iso ? [Number(iso[3]), Number(iso[2]), Number(iso[1])] : undefined;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A date as a Kazakh or Russian user types it, read as the day the API takes: 31.02.2027 is
 * no day, and a day outside min..max (YYYY-MM-DD, either optional) is refused by name.
 */
export function parseTypedDay(typed: string, min?: string, max?: string): TypedDay {
  const text = typed.trim();
  if (text === '') return { day: '' };
  const parts = partsOf(text);
  if (!parts) return { day: '', problem: 'format' };
  const [day, month, year] = parts;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 1000) return { day: '', problem: 'impossible' };
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (min && iso < min) return { day: '', problem: 'tooEarly' };
  if (max && iso > max) return { day: '', problem: 'tooLate' };
  return { day: iso };
}

/** A day (YYYY-MM-DD) as the field shows it: 19.12.2026; nothing for no day. */
export function showTypedDay(day: string): string {
  const iso = ISO.exec(day);
  return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : '';
}
