/** Schools keep Kazakhstan's time whatever the laptop's clock zone says. */
const ZONE = 'Asia/Almaty';

/** The calendar parts of an instant in Kazakhstan's time. */
function partsOf(value: string | Date, withTime: boolean): Record<string, string> {
  // A bare YYYY-MM-DD is a day, not midnight UTC: noon keeps it on that day in any zone.
  const date = typeof value === 'string' && value.length === 10 ? `${value}T12:00:00Z` : value;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
  }).formatToParts(new Date(date));
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/**
 * 19.12.2026, as Kazakh and Russian paperwork writes a date. Built from its parts: browsers'
 * own Kazakh format differs (Chromium writes 2026-12-19), and the screens must agree.
 */
export function formatDate(value: string | Date, _language?: string): string {
  const { day, month, year } = partsOf(value, false);
  return `${day}.${month}.${year}`;
}

/** Today, or a day some days from it, as YYYY-MM-DD in Kazakhstan. */
export function localDay(plusDays = 0): string {
  const day = new Date(Date.now() + plusDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(day);
}

/** The Kazakh alphabet, which holds the Russian one; Ё sorts with Е as in the service's ICU order. */
const ALPHABET = 'аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

/**
 * A name's sort key: each letter of the alphabet by its place in it, after spaces and
 * hyphens (so "Ан Б" comes before "Анар"). Browsers do not all carry Kazakh collation data
 * (Chromium falls back to an order that puts І with И), so the order is spelled out here
 * and is the same as the service's `kk-x-icu` order and the PDFs.
 */
function sortKey(name: string): string {
  return Array.from(name.toLocaleLowerCase('kk').replace(/ё/g, 'е'), (char) => {
    const place = ALPHABET.indexOf(char);
    return String.fromCharCode(place >= 0 ? 0x400 + place : char.charCodeAt(0));
  }).join('');
}

/** Names in Kazakh alphabetical order (А Ә Б ... Ұ Ү ... Ы І ... Я), Russian names among them. */
export const kazakhOrder = {
  compare(a: string, b: string): number {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
  },
};

export function byName<T>(items: T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => kazakhOrder.compare(name(a), name(b)));
}

export const classLabel = (c: { grade: number; letter: string }): string =>
  `${c.grade} ${c.letter}`;

export function byClass<T extends { grade: number; letter: string }>(classes: T[]): T[] {
  return [...classes].sort((a, b) => a.grade - b.grade || kazakhOrder.compare(a.letter, b.letter));
}

/** 19.12.2026 14:05, Kazakhstan's time. */
export function formatDateTime(value: string, _language?: string): string {
  const { day, month, year, hour, minute } = partsOf(value, true);
  return `${day}.${month}.${year} ${hour}:${minute}`;
}

/** A YYYY-MM-DD date some days after another. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
