import type { FieldChanges } from '@/audit/audit-note';
import { nameKey, RosterProblem, RosterStudent } from './roster-csv';

/** What a clean row does: adds a pupil, updates the one of that name, or leaves them be. */
export const ROSTER_OUTCOMES = ['add', 'update', 'unchanged', 'left'] as const;
export type RosterOutcome = (typeof ROSTER_OUTCOMES)[number];

/**
 * The details a roster row carries and a re-import may correct. Not the delivery column: it
 * sets the channel of a pupil the file adds, and afterwards the deputy for upbringing decides.
 */
export const ROSTER_FIELDS = [
  'address',
  'postcode',
  'postOfficeId',
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
 * roster from September must not re-enrol the leavers). The same child twice in the file (name
 * and guardian's phone), or a name two pupils on the list share with no phone to tell them
 * apart, is a problem. A row added while a namesake with another guardian's phone is in the
 * class or the file goes ahead with a warning to check (`warnings`); namesakes already on the
 * list are told apart by phone. A row that matches a pupil by name alone, with another guardian,
 * corrects that pupil only once the person has checked it (a warning too).
 */
export function planRoster(
  rows: RosterStudent[],
  existing: ExistingPupil[],
): { planned: PlannedRow[]; problems: RosterProblem[]; warnings: RosterProblem[] } {
  const planner = new RosterPlanner();
  for (const pupil of existing) planner.know(pupil);
  for (const student of rows) planner.see(student);
  for (const student of rows) planner.plan(student);
  return { planned: planner.planned, problems: planner.problems, warnings: planner.warnings };
}

const keyOf = (p: { classId: string; fullName: string }) => `${p.classId}|${nameKey(p.fullName)}`;

/**
 * planRoster a pupil at a time, so a caller with 50,000 rows can let other requests in
 * between: every pupil on the class lists (`know`), every row of the file (`see`), then each
 * row planned (`plan`).
 */
export class RosterPlanner {
  readonly planned: PlannedRow[] = [];
  readonly problems: RosterProblem[] = [];
  readonly warnings: RosterProblem[] = [];
  private readonly onList = new Map<string, ExistingPupil[]>();
  /** The guardians' phones the file gives each class and name. */
  private readonly inFile = new Map<string, Set<string>>();
  /** The same, of the rows planned so far. */
  private readonly plannedPhones = new Map<string, string[]>();
  /** Pupils on the list an earlier row of the file already is. */
  private readonly claimed = new Set<string>();

  know(pupil: ExistingPupil): void {
    const same = this.onList.get(keyOf(pupil));
    if (same) same.push(pupil);
    else this.onList.set(keyOf(pupil), [pupil]);
  }

  see(student: RosterStudent): void {
    const phones = this.inFile.get(keyOf(student));
    if (phones) phones.add(student.guardianPhone);
    else this.inFile.set(keyOf(student), new Set([student.guardianPhone]));
  }

  plan(student: RosterStudent): void {
    const key = keyOf(student);
    const phone = student.guardianPhone;
    const before = this.plannedPhones.get(key) ?? [];
    if (before.includes(phone))
      return this.note(
        this.problems,
        student,
        'repeated',
        `${student.fullName} appears twice in the file for the same class`,
      );
    this.plannedPhones.set(key, [...before, phone]);
    const matches = this.onList.get(key) ?? [];
    const active = matches.filter((p) => p.active && !this.claimed.has(p.id));
    const same = active.filter((p) => p.guardianPhone === phone);
    // A pupil whose own phone another row of the file gives is that row's child, not this one.
    const others = active.filter((p) => !this.inFile.get(key)?.has(p.guardianPhone));
    if (same.length > 1 || (same.length === 0 && others.length > 1))
      return this.note(
        this.problems,
        student,
        'ambiguous',
        `${student.fullName} is on the class list twice; correct them by hand`,
      );
    const pupil = same[0] ?? others[0];
    // Adding a child whose name another pupil of the class (or another row) has: a second
    // child of that name, or the same child with another phone? The person is to check.
    const namesake =
      !pupil && ((this.inFile.get(key)?.size ?? 0) > 1 || matches.some((p) => p.active));
    if (namesake)
      this.note(
        this.warnings,
        student,
        'namesake',
        `another pupil named ${student.fullName} is in this class or the file, with another guardian's phone: this row adds a pupil of the same name`,
      );
    // The name alone matched, and the guardian is another too: most likely another child of
    // that name, whose row would overwrite this pupil's address and family. The person checks.
    if (pupil && !same[0] && nameKey(pupil.guardianName) !== nameKey(student.guardianName))
      this.note(
        this.warnings,
        student,
        'other_family',
        `this row would correct ${pupil.fullName}, whose guardian is ${pupil.guardianName}: if it is another child of the same name, add them by hand instead`,
      );
    if (pupil) {
      this.claimed.add(pupil.id);
      this.planned.push(compare(student, pupil));
    } else if (matches.length > 0 && !namesake)
      this.planned.push({ student, outcome: 'left', existingId: matches[0].id });
    else this.planned.push({ student, outcome: 'add' });
  }

  private note(
    to: RosterProblem[],
    student: RosterStudent,
    reason: RosterProblem['reason'],
    message: string,
  ): void {
    to.push({ row: student.row, column: 'fullName', reason, message });
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
