/** Schools keep Kazakhstan's time whatever the laptop's clock zone says. */
const ZONE = 'Asia/Almaty';

export function formatDate(value: string | Date, language: string): string {
  const date = typeof value === 'string' && value.length === 10 ? `${value}T12:00:00Z` : value;
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'kk-KZ', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(date));
}

/** Today, or a day some days from it, as YYYY-MM-DD in Kazakhstan. */
export function localDay(plusDays = 0): string {
  const day = new Date(Date.now() + plusDays * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(day);
}

/** Names in Kazakh alphabetical order (А Ә Б ... Ұ Ү ...), Russian names among them. */
export const kazakhOrder = new Intl.Collator('kk');

export function byName<T>(items: T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => kazakhOrder.compare(name(a), name(b)));
}

export const classLabel = (c: { grade: number; letter: string }): string =>
  `${c.grade} ${c.letter}`;

export function byClass<T extends { grade: number; letter: string }>(classes: T[]): T[] {
  return [...classes].sort((a, b) => a.grade - b.grade || kazakhOrder.compare(a.letter, b.letter));
}

export function formatDateTime(value: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'ru' ? 'ru-RU' : 'kk-KZ', {
    timeZone: ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** A YYYY-MM-DD date some days after another. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
