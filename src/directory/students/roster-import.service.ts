import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ClassesService } from '../classes/classes.service';
import { SchoolClass } from '../classes/school-class.entity';
import { PostOffice } from '../post-offices/post-office.entity';
import {
  classKey,
  missingColumns,
  parseRosterCsv,
  RosterProblem,
  RosterStudent,
  validateRosterRecord,
} from './roster-csv';
import {
  ImportRosterDto,
  RosterImportResult,
  RosterPreview,
  RosterPreviewRow,
} from './student.dto';
import { Student } from './student.entity';

interface RowToInsert {
  row: number;
  student: Partial<Student>;
}

const INSERT_CHUNK = 2000;
const MAX_ROWS = 50_000;

/** Imports a class or whole-school roster: every row or none. */
@Injectable()
export class RosterImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly classes: ClassesService,
  ) {}

  /** Imports every row or none; a dry run answers what it would import and writes nothing. */
  async import(
    user: Principal,
    dto: ImportRosterDto,
    file: Buffer | undefined,
  ): Promise<RosterImportResult | RosterPreview> {
    const { rows, problems, classes } = await this.check(user, dto, file);
    if (dto.dryRun === 'true') {
      noteForAudit({ skip: true });
      return preview(rows, problems, classes);
    }
    if (problems.length > 0) {
      throw fail(
        'roster.bad_rows',
        `${problems.length} problem(s) in the file; nothing was imported. First: row ${problems[0].row}, ${problems[0].message}.`,
        { errors: problems },
      );
    }
    const students = rows.map((r) => r.student);
    await this.insert(students);
    return { imported: students.length, perClass: countPerClass(students, classes) };
  }

  /** The file read and every row checked: the rows to add and the problems found. */
  private async check(
    user: Principal,
    dto: ImportRosterDto,
    file: Buffer | undefined,
  ): Promise<{
    rows: RowToInsert[];
    problems: RosterProblem[];
    classes: Map<string, SchoolClass>;
  }> {
    if (!file)
      throw fail(
        'roster.file_missing',
        'Attach the roster as a CSV file in the multipart field "file".',
      );
    const classes = await this.targetClasses(user, dto);
    const records = parseRosterCsv(file);
    if (records.length === 0) throw fail('roster.empty', 'The file has no pupils in it.');
    if (records.length > MAX_ROWS)
      throw fail(
        'roster.too_many_rows',
        `A roster may have at most ${MAX_ROWS} rows; split the file.`,
      );
    const wholeSchool = !dto.classId;
    const missing = missingColumns(records, wholeSchool);
    if (missing.length > 0)
      throw fail('roster.missing_columns', `The file lacks the column(s): ${missing.join(', ')}.`, {
        missing,
      });
    const offices = await this.officeLookup();
    const problems: RosterProblem[] = [];
    const rows: RowToInsert[] = [];
    const seen = new Set<string>();
    records.forEach((record, index) => {
      const result = validateRosterRecord(record, index, wholeSchool);
      if (Array.isArray(result)) return problems.push(...result);
      const row = this.resolveRow(result, classes, offices, seen);
      if (Array.isArray(row)) problems.push(...row);
      else rows.push(row);
    });
    problems.push(...(await this.alreadyEnrolled(rows)));
    return { rows, problems, classes };
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
      const schoolClass = await this.classes.get(user, dto.classId);
      assertMayWriteSchool(user, schoolClass.schoolId);
      return new Map([['', schoolClass]]);
    }
    assertMayWriteSchool(user, dto.schoolId as string);
    const all = await this.classes.findBySchool(dto.schoolId as string);
    return new Map(all.map((c) => [classKey(`${c.grade}${c.letter}`), c]));
  }

  /** The postOffice column holds the office's postcode (what staff know) or its id. */
  private async officeLookup(): Promise<Map<string, string[]>> {
    const offices = await this.dataSource
      .getRepository(PostOffice)
      .find({ select: { id: true, postcode: true } });
    const lookup = new Map<string, string[]>();
    for (const office of offices) {
      lookup.set(office.id, [office.id]);
      lookup.set(office.postcode, [...(lookup.get(office.postcode) ?? []), office.id]);
    }
    return lookup;
  }

  private resolveRow(
    student: RosterStudent,
    classes: Map<string, SchoolClass>,
    offices: Map<string, string[]>,
    seen: Set<string>,
  ): RowToInsert | RosterProblem[] {
    const { row } = student;
    const schoolClass = classes.get(
      student.classLabel === undefined ? '' : classKey(student.classLabel),
    );
    const officeIds =
      offices.get(student.postOffice.toUpperCase()) ??
      offices.get(student.postOffice.toLowerCase()) ??
      [];
    const problems: RosterProblem[] = [];
    if (!schoolClass)
      problems.push({
        row,
        column: 'class',
        message: `class "${student.classLabel}" does not exist in this school`,
      });
    if (officeIds.length !== 1) {
      const why =
        officeIds.length === 0
          ? 'is not a known post office postcode or id'
          : 'matches several post offices; use the office id';
      problems.push({
        row,
        column: 'postOffice',
        message: `postOffice "${student.postOffice}" ${why}`,
      });
    }
    if (problems.length > 0 || !schoolClass) return problems;
    const key = `${schoolClass.id}|${student.fullName.toLowerCase()}`;
    if (seen.has(key))
      return [
        {
          row,
          column: 'fullName',
          message: `${student.fullName} appears twice in the file for the same class`,
        },
      ];
    seen.add(key);
    const { fullName, address, postcode, delivery, guardianName, guardianPhone } = student;
    return {
      row,
      student: {
        classId: schoolClass.id,
        fullName,
        address,
        postcode,
        postOfficeId: officeIds[0],
        delivery,
        guardianName,
        guardianPhone,
      },
    };
  }

  /** A pupil already on the class list is a problem, so a roster imported twice adds nobody twice. */
  private async alreadyEnrolled(rows: RowToInsert[]): Promise<RosterProblem[]> {
    const classIds = [...new Set(rows.map((r) => r.student.classId as string))];
    if (classIds.length === 0) return [];
    const existing = await this.dataSource.getRepository(Student).find({
      select: { classId: true, fullName: true },
      where: { classId: In(classIds), active: true },
    });
    const enrolled = new Set(existing.map((s) => `${s.classId}|${s.fullName.toLowerCase()}`));
    return rows
      .filter(({ student }) =>
        enrolled.has(`${student.classId}|${(student.fullName as string).toLowerCase()}`),
      )
      .map(({ row, student }) => ({
        row,
        column: 'fullName',
        message: `${student.fullName} is already on this class list`,
      }));
  }

  private async insert(rows: Partial<Student>[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Student)
          .values(rows.slice(start, start + INSERT_CHUNK))
          .execute();
      }
    });
  }
}

function countPerClass(
  rows: Partial<Student>[],
  classes: Map<string, SchoolClass>,
): Record<string, number> {
  const labels = new Map([...classes.values()].map((c) => [c.id, `${c.grade} ${c.letter}`]));
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const label = labels.get(row.classId as string) as string;
    counts[label] = (counts[label] ?? 0) + 1;
  }
  return counts;
}

function preview(
  rows: RowToInsert[],
  problems: RosterProblem[],
  classes: Map<string, SchoolClass>,
): RosterPreview {
  const labels = new Map([...classes.values()].map((c) => [c.id, `${c.grade} ${c.letter}`]));
  const students = rows.map((r) => r.student);
  return {
    dryRun: true,
    wouldImport: problems.length === 0 ? rows.length : 0,
    perClass: countPerClass(students, classes),
    rows: rows.map(({ row, student }) => ({
      row,
      classLabel: labels.get(student.classId as string) ?? '',
      fullName: student.fullName as string,
      address: student.address as string,
      postcode: student.postcode as string,
      postOfficeId: student.postOfficeId as string,
      delivery: student.delivery as RosterPreviewRow['delivery'],
      guardianName: student.guardianName as string,
      guardianPhone: student.guardianPhone as string,
    })),
    errors: problems,
  };
}
