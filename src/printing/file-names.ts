import { localDate, localTime } from '@/common/dates';

/**
 * Names people can tell apart in a downloads folder and a PDF viewer's title bar: what it is,
 * the class, the day and time it was made, and a short id, so two dispatches of one class on
 * one day never share a name ("packets-5Ә-2026-12-04-09.30-3f2a").
 */
export function dispatchFileStem(
  kind: 'packets' | 'manifest',
  classes: { grade: number; letter: string }[],
  madeAt: Date,
  id: string,
): string {
  const who =
    classes.length > 4
      ? `${classes.length}-classes`
      : classes.map((c) => `${c.grade}${c.letter}`).join('_');
  return `${kind}-${who}-${localDate(madeAt)}-${localTime(madeAt)}-${id.slice(0, 4)}`;
}

/** One pupil's packet: the class, the pupil's name and the packet's code. */
export function packetFileStem(
  schoolClass: { grade: number; letter: string },
  pupil: string,
  code: string,
): string {
  const name = pupil
    .split(/\s+/)
    .slice(0, 2)
    .join('-')
    .replace(/[^\p{L}\p{N}-]/gu, '');
  return `packet-${schoolClass.grade}${schoolClass.letter}-${name}-${code}`;
}
