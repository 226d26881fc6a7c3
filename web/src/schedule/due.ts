import type { components } from '../api/schema';

type DueItem = components['schemas']['DueItem'];

/** One class's next packet as a teacher sees it: its dates and the subjects still due. */
export interface DueClass {
  packetId: string;
  label: string;
  goesOutOn: string;
  comesBackOn: string;
  /** Subjects of the teacher's with no case of theirs in the packet yet. */
  missing: string[];
}

/** The due list by class, in the order the service gives (date, then class). */
export function dueByClass(items: DueItem[]): DueClass[] {
  const classes = new Map<string, DueClass>();
  for (const item of items) {
    const entry = classes.get(item.packetId) ?? {
      packetId: item.packetId,
      label: `${item.grade} ${item.letter}`,
      goesOutOn: item.goesOutOn,
      comesBackOn: item.comesBackOn,
      missing: [],
    };
    if (item.caseIds.length === 0) entry.missing.push(item.subjectCode);
    classes.set(item.packetId, entry);
  }
  return [...classes.values()];
}
