import { normalisePostcode } from '@/directory/postcode';

/** One operation in Kazpost's history of an item. */
export interface KazpostOperation {
  code: string;
  /** Kazpost's own time of the operation. */
  occurredAt: Date;
  /** The office's postcode, when Kazpost names one we can read. */
  postcode: string | null;
  officeName: string | null;
}

/** An answer that is not Kazpost's tracking format: the packet is asked about again later. */
export class MalformedAnswer extends Error {}

const MAX_TEXT = 200;

/**
 * Reads Kazpost's `/api/v2/{code}/events` answer: `{ events: [{ date, activity: [{ time,
 * status: [code, ...], zip, name, city }] }] }`, days and their operations in any order. An
 * `{ error }` answer is Kazpost not knowing the item yet: an empty history. Times are
 * Kazakhstan's (UTC+5 across the country since 2024).
 */
export function readKazpostAnswer(body: unknown): KazpostOperation[] {
  if (!isObject(body)) throw new MalformedAnswer('the answer is not a JSON object');
  if (!('events' in body) && typeof body.error === 'string') return [];
  const days = body.events ?? [];
  if (!Array.isArray(days)) throw new MalformedAnswer('"events" is not a list');
  return days.flatMap((day, index) => readDay(day, index));
}

function readDay(day: unknown, index: number): KazpostOperation[] {
  if (!isObject(day) || typeof day.date !== 'string')
    throw new MalformedAnswer(`events[${index}] has no date`);
  const date = readDate(day.date);
  if (!date)
    throw new MalformedAnswer(`events[${index}].date "${day.date.slice(0, 20)}" is not a date`);
  const activity = day.activity ?? [];
  if (!Array.isArray(activity))
    throw new MalformedAnswer(`events[${index}].activity is not a list`);
  return activity.map((item, at) => readOperation(item, date, `events[${index}].activity[${at}]`));
}

function readOperation(item: unknown, date: string, where: string): KazpostOperation {
  if (!isObject(item)) throw new MalformedAnswer(`${where} is not an object`);
  const status: unknown = Array.isArray(item.status) ? (item.status as unknown[])[0] : item.status;
  if (typeof status !== 'string' || !/^[A-Z0-9_]{1,40}$/.test(status))
    throw new MalformedAnswer(`${where} has no operation code`);
  const time =
    typeof item.time === 'string' ? /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(item.time) : null;
  if (!time) throw new MalformedAnswer(`${where} has no time`);
  const occurredAt = new Date(`${date}T${time[1]}:${time[2]}:${time[3] ?? '00'}+05:00`);
  if (Number.isNaN(occurredAt.getTime())) throw new MalformedAnswer(`${where} has a bad time`);
  return {
    code: status,
    occurredAt,
    postcode: typeof item.zip === 'string' ? (normalisePostcode(item.zip) ?? null) : null,
    officeName: text(item.name) ?? text(item.dep_name) ?? text(item.city),
  };
}

/** Kazpost writes dates as 2026-12-01 or 01.12.2026. */
function readDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const dotted = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  return dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
