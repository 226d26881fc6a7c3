import { Inject, Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In, MoreThan } from 'typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { AuditService } from '@/audit/audit.service';
import { assertMayWriteSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { fail } from '@/common/errors/domain-error';
import { inSlices } from '@/common/in-slices';
import { ClassesService } from '../classes/classes.service';
import { SchoolClass } from '../classes/school-class.entity';
import { PostOffice } from '../post-offices/post-office.entity';
import {
  checkRosterRow,
  classKey,
  missingColumns,
  orderedCells,
  parseRosterCsv,
  RosterLookups,
  RosterProblem,
  RosterRecord,
  RosterStudent,
} from './roster-csv';
import { ExistingPupil, PlannedRow, RosterPlanner, ROSTER_FIELDS } from './roster-plan';
import { ImportRosterDto, RosterImportResult, RosterPreview } from './student.dto';
import { Student } from './student.entity';
import { StudentsRepository } from './students.repository';
import { RosterLanguage, rosterTemplate, rosterWords } from './roster-columns';
import { setImmediate } from 'node:timers/promises';
import { channelOfDelivery } from './channel';

const INSERT_CHUNK = 2000;
const MAX_ROWS = 50_000;

interface CheckedFile {
  columns: string[];
  records: RosterRecord[];
  planned: PlannedRow[];
  problems: RosterProblem[];
  /** Namesakes to check: the rows go ahead. */
  warnings: RosterProblem[];
  classes: Map<string, SchoolClass>;
}

/**
 * A dry run answers the counts, the bad rows and the first good ones: a 50,000-row file's full
 * preview would be megabytes to send and to draw, while the person fixes the bad rows.
 */
export const PREVIEW_GOOD_LINES = 200;
export const PREVIEW_BAD_LINES = 500;

/** Pupils of the class lists read at a time (a page is turned into records in one piece). */
const PUPILS_PER_READ = 1_000;

/** Imports a class or whole-school roster: every row or none. */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly classes: ClassesService,
    private readonly audit: AuditService,
    private readonly pupils: StudentsRepository,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  /** Imports every row or none; a dry run answers what it would do and writes nothing. */
  async import(
    user: Principal,
    dto: ImportRosterDto,
    file: Buffer | undefined,
  ): Promise<RosterImportResult | RosterPreview> {
    if (dto.dryRun === 'true') {
      noteForAudit({ skip: true });
      return preview(await this.check(user, dto, file, false));
    }
    return this.db.withTransaction(async () => {
      const checked = await this.check(user, dto, file, true);
      const { problems, planned, classes } = checked;
      if (problems.length > 0)
        throw fail(
          'roster.bad_rows',
          `${problems.length} problem(s) in the file; nothing was imported. First: row ${problems[0].row}, ${problems[0].message}.`,
          { errors: problems },
        );
      const added = planned.filter((p) => p.outcome === 'add').map((p) => p.student);
      // The log names the class (or classes) the list was loaded into.
      const labels = [...classes.values()].map((c) => `${c.grade} ${c.letter}`).sort();
      noteForAudit({ targetName: labels.join(', ') });
      await this.insert(added);
      await this.update(user, planned);
      return {
        imported: added.length,
        perClass: countPerClass(added, classes),
        ...outcomeCounts(planned),
        warnings: checked.warnings.slice(0, PREVIEW_BAD_LINES),
      };
    });
  }

  /** The template to fill in, named in its language. */
  template(
    language: RosterLanguage,
    scope: 'class' | 'school',
  ): { fileName: string; content: string } {
    return {
      fileName: `${rosterWords(language).fileName}.csv`,
      content: rosterTemplate(language, scope === 'school'),
    };
  }

  /** The file read and every row checked against the class lists. */
  private async check(
    user: Principal,
    dto: ImportRosterDto,
    file: Buffer | undefined,
    /** Held until the import ends: not for a dry run, which writes nothing. */
    lockLists: boolean,
  ): Promise<CheckedFile> {
    if (!file)
      throw fail(
        'roster.file_missing',
        'Attach the roster as a CSV file in the multipart field "file".',
      );
    const classes = await this.targetClasses(user, dto);
    const { columns, records } = await parseRosterCsv(file);
    if (records.length === 0) throw fail('roster.empty', 'The file has no pupils in it.');
    if (records.length > MAX_ROWS)
      throw fail(
        'roster.too_many_rows',
        `A roster may have at most ${MAX_ROWS} rows; split the file.`,
      );
    const wholeSchool = !dto.classId;
    const missing = missingColumns(columns, wholeSchool);
    if (missing.length > 0)
      throw fail('roster.missing_columns', `The file lacks the column(s): ${missing.join(', ')}.`, {
        missing,
      });
    const lookups = await this.lookups(classes);
    const problems: RosterProblem[] = [];
    const students: RosterStudent[] = [];
    // A 50,000-row file takes about a second to check and plan: other requests go between
    // the parts, so the counter's scans and /health never wait for it.
    await inSlices(records, (record, index) => {
      const result = checkRosterRow(record, index, wholeSchool, lookups);
      if (Array.isArray(result)) problems.push(...result);
      else students.push(result);
    });
    const classIds = [...classes.values()].map((c) => c.id);
    if (lockLists) await this.pupils.lockClassLists(classIds);
    const planner = new RosterPlanner();
    await inSlices(await this.existing(classIds), (pupil) => planner.know(pupil));
    await inSlices(students, (student) => planner.see(student));
    await inSlices(students, (student) => planner.plan(student));
    problems.push(...planner.problems);
    problems.sort((a, b) => a.row - b.row);
    const { planned, warnings } = planner;
    return { columns, records, planned, problems, warnings, classes };
  }

  private async targetClasses(
    user: Principal,
    dto: ImportRosterDto,
  ): Promise<Map<string, SchoolClass>> {
    if (!dto.classId === !dto.schoolId)
      throw fail(
        'roster.target_invalid',
        'Give either classId (one class roster) or schoolId (a whole school with a class column).',
      );
    if (dto.classId) {
      const schoolClass = await this.classes.getUsable(user, dto.classId, 'classId');
      assertMayWriteSchool(user, schoolClass.schoolId);
      return new Map([['', schoolClass]]);
    }
    assertMayWriteSchool(user, dto.schoolId as string);
    const all = await this.classes.findBySchool(dto.schoolId as string);
    return new Map(all.map((c) => [classKey(`${c.grade}${c.letter}`), c]));
  }

  /** Classes by label; offices by postcode (what staff know) or id. */
  private async lookups(classes: Map<string, SchoolClass>): Promise<RosterLookups> {
    const offices = await this.db.tx
      .getRepository(PostOffice)
      .find({ select: { id: true, postcode: true, archivedAt: true } });
    const byKey = new Map<string, string[]>();
    const archived = new Set<string>();
    for (const office of offices) {
      byKey.set(office.id, [office.id]);
      byKey.set(office.postcode, [...(byKey.get(office.postcode) ?? []), office.id]);
      if (office.archivedAt) archived.add(office.id);
    }
    return {
      classOf: (label) => {
        const found = classes.get(label === undefined ? '' : classKey(label));
        return found && { id: found.id, archived: !!found.archivedAt };
      },
      officesOf: (text) => byKey.get(text.toUpperCase()) ?? byKey.get(text.toLowerCase()) ?? [],
      officeArchived: (id) => archived.has(id),
      phonePrefixes: this.settings.sms.phonePrefixes,
    };
  }

  /** The pupils on the class lists, read a page at a time with other requests let in between. */
  private async existing(classIds: string[]): Promise<ExistingPupil[]> {
    const pupils: ExistingPupil[] = [];
    if (classIds.length === 0) return pupils;
    for (let after = ''; ;) {
      const page = await this.db.tx.getRepository(Student).find({
        select: { id: true, classId: true, fullName: true, active: true, ...selectFields() },
        where: { classId: In(classIds), ...(after ? { id: MoreThan(after) } : {}) },
        order: { id: 'ASC' },
        take: PUPILS_PER_READ,
      });
      pupils.push(...page);
      if (page.length < PUPILS_PER_READ) return pupils;
      after = page[page.length - 1].id;
      await setImmediate();
    }
  }

  private async insert(rows: RosterStudent[]): Promise<void> {
    const values = rows.map(({ row: _row, delivery, ...student }) => ({
      ...student,
      channel: channelOfDelivery(delivery),
    }));
    for (let start = 0; start < values.length; start += INSERT_CHUNK)
      await this.pupils.insertMany(values.slice(start, start + INSERT_CHUNK));
  }

  /** Corrects the pupils already on the list, each change audited with what it replaced. */
  private async update(user: Principal, planned: PlannedRow[]): Promise<void> {
    const schoolId = await this.schoolOf(planned);
    for (const { outcome, existingId, changes, student } of planned) {
      if (outcome !== 'update' || !existingId || !changes) continue;
      const fields = Object.fromEntries(ROSTER_FIELDS.map((f) => [f, student[f]]));
      await this.db.tx.update(Student, { id: existingId }, fields);
      await this.audit.record({
        actor: user,
        entity: 'student',
        action: 'update',
        route: 'POST /students/import',
        targetId: existingId,
        targetName: student.fullName,
        schoolId,
        changes,
      });
    }
  }

  private async schoolOf(planned: PlannedRow[]): Promise<string | null> {
    const first = planned.find((p) => p.outcome === 'update');
    if (!first) return null;
    const schoolClass = await this.db.tx
      .getRepository(SchoolClass)
      .findOneBy({ id: first.student.classId });
    return schoolClass?.schoolId ?? null;
  }
}

const selectFields = () =>
  Object.fromEntries(ROSTER_FIELDS.map((f) => [f, true])) as Record<
    (typeof ROSTER_FIELDS)[number],
    true
  >;

function outcomeCounts(planned: PlannedRow[]): {
  updated: number;
  unchanged: number;
  left: number;
} {
  const count = (outcome: PlannedRow['outcome']) =>
    planned.filter((p) => p.outcome === outcome).length;
  return { updated: count('update'), unchanged: count('unchanged'), left: count('left') };
}

function countPerClass(
  rows: RosterStudent[],
  classes: Map<string, SchoolClass>,
): Record<string, number> {
  const labels = new Map([...classes.values()].map((c) => [c.id, `${c.grade} ${c.letter}`]));
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const label = labels.get(row.classId) as string;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

function preview(checked: CheckedFile): RosterPreview {
  const { columns, records, planned, problems, warnings, classes } = checked;
  const labels = new Map([...classes.values()].map((c) => [c.id, `${c.grade} ${c.letter}`]));
  const outcomes = new Map(planned.map((p) => [p.student.row, p.outcome]));
  const replaced = new Map(planned.map((p) => [p.student.row, replacedCells(p)]));
  const bad = new Set(problems.map((p) => p.row));
  const counts = outcomeCounts(planned);
  const adds = planned.filter((p) => p.outcome === 'add').map((p) => p.student);
  // A row with a namesake to check is shown like a bad one: the person is to look at it.
  const shown = shownRows(records.length, new Set([...bad, ...warnings.map((w) => w.row)]));
  const errors = problems.filter((p) => shown.has(p.row));
  return {
    dryRun: true,
    wouldImport: problems.length === 0 ? adds.length : 0,
    wouldUpdate: problems.length === 0 ? counts.updated : 0,
    unchanged: counts.unchanged,
    left: counts.left,
    perClass: countPerClass(adds, classes),
    columns,
    lineCount: records.length,
    badLineCount: bad.size,
    errorCount: problems.length,
    lines: [...shown].map((row) => {
      const outcome = bad.has(row) ? 'invalid' : (outcomes.get(row) ?? 'invalid');
      const before = outcome === 'update' ? replaced.get(row) : undefined;
      return { row, cells: orderedCells(records[row - 2]), outcome, ...(before ? { before } : {}) };
    }),
    rows: planned
      .filter((p) => shown.has(p.student.row))
      .map(({ student: { row, classId, ...fields }, outcome }) => ({
        row,
        classLabel: labels.get(classId) ?? '',
        ...fields,
        outcome,
      })),
    errors,
    warningCount: warnings.length,
    warnings: warnings.filter((w) => shown.has(w.row)),
  };
}

/** Columns whose old value a person can read as it was written (not ids or codes). */
const READABLE_COLUMNS = ['address', 'postcode', 'guardianName', 'guardianPhone'] as const;

/** What a correcting row replaces, so the preview shows old beside new. */
function replacedCells({ changes }: PlannedRow): Record<string, string> | undefined {
  const before: Record<string, string> = {};
  for (const column of READABLE_COLUMNS)
    if (changes?.[column]) before[column] = String(changes[column].before ?? '');
  return Object.keys(before).length > 0 ? before : undefined;
}

/** The rows a dry run shows, in file order: the first bad ones and the first good ones. */
function shownRows(count: number, bad: Set<number>): Set<number> {
  const shown = new Set<number>();
  let good = 0;
  let wrong = 0;
  for (let row = 2; row < count + 2; row++) {
    if (bad.has(row) ? wrong++ < PREVIEW_BAD_LINES : good++ < PREVIEW_GOOD_LINES) shown.add(row);
    if (wrong >= PREVIEW_BAD_LINES && good >= PREVIEW_GOOD_LINES) break;
  }
  return shown;
}
