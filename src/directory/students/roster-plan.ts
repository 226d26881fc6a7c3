import type { FieldChanges } from '@/audit/audit-note';
import { nameKey, RosterProblem, RosterStudent } from './roster-csv';

/** What a clean row does: adds a pupil, updates the one of that name, or leaves them be. */
export const ROSTER_OUTCOMES = ['add', 'update', 'unchanged', 'left'] as const;
export type RosterOutcome = (typeof ROSTER_OUTCOMES)[number];

/** The details a roster row carries and a re-import may correct. */
export const ROSTER_FIELDS = [
  'address',
  'postcode',
  'postOfficeId',
  'delivery',
  'guardianName',
  'guardianPhone',
] as const;

export type ExistingPupil = Pick<
  RosterStudent,
  'classId' | 'fullName' | (typeof ROSTER_FIELDS)[number]
> & {
  id: string;
  active: boolean;
};

export interface PlannedRow {
  student: RosterStudent;
  outcome: RosterOutcome;
  /** The pupil already on the list (update, unchanged, left). */
  existingId?: string;
  /** What an update replaces, before and after. */
  changes?: FieldChanges;
}

/**
 * Matches the file's pupils with the class lists: a name already on a class list is that
 * pupil, whose details the file corrects; a pupil who left is reported, not brought back (a
 * roster from September must not re-enrol the leavers). A name twice in the file for one
 * class, or matching two pupils on the list, is a problem.
 */
export function planRoster(
  rows: RosterStudent[],
  existing: ExistingPupil[],
): { planned: PlannedRow[]; problems: RosterProblem[] } {
  const planner = new RosterPlanner();
  for (const pupil of existing) planner.know(pupil);
  for (const student of rows) planner.plan(student);
  return { planned: planner.planned, problems: planner.problems };
}

/**
 * planRoster a pupil at a time, so a caller with 50,000 rows can let other requests in
 * between: first every pupil on the class lists (`know`), then the file's rows (`plan`).
 */
export class RosterPlanner {
  readonly planned: PlannedRow[] = [];
  readonly problems: RosterProblem[] = [];
  private readonly onList = new Map<string, ExistingPupil[]>();
  private readonly seen = new Set<string>();

  know(pupil: ExistingPupil): void {
    const key = `${pupil.classId}|${nameKey(pupil.fullName)}`;
    const same = this.onList.get(key);
    if (same) same.push(pupil);
    else this.onList.set(key, [pupil]);
  }

  plan(student: RosterStudent): void {
    const key = `${student.classId}|${nameKey(student.fullName)}`;
    const refuse = (reason: RosterProblem['reason'], message: string) =>
      this.problems.push({ row: student.row, column: 'fullName', reason, message });
    if (this.seen.has(key)) {
      refuse('repeated', `${student.fullName} appears twice in the file for the same class`);
      return;
    }
    this.seen.add(key);
    const matches = this.onList.get(key) ?? [];
    const active = matches.filter((p) => p.active);
    if (active.length > 1)
      refuse('ambiguous', `${student.fullName} is on the class list twice; correct them by hand`);
    else if (active.length === 1) this.planned.push(compare(student, active[0]));
    else if (matches.length > 0)
      this.planned.push({ student, outcome: 'left', existingId: matches[0].id });
    else this.planned.push({ student, outcome: 'add' });
  }
}

function compare(student: RosterStudent, pupil: ExistingPupil): PlannedRow {
  const changes: FieldChanges = {};
  for (const field of ROSTER_FIELDS)
    if (student[field] !== pupil[field])
      changes[field] = { before: pupil[field], after: student[field] };
  return Object.keys(changes).length > 0
    ? { student, outcome: 'update', existingId: pupil.id, changes }
    : { student, outcome: 'unchanged', existingId: pupil.id };
}
