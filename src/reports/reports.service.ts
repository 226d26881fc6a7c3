import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { CollectionService } from '@/collection/collection.service';
import { ClassMatrix, ReturnsReport } from './report.view';
import { endOfLocalDay, localDate } from '@/common/dates';
import { ClassesService } from '@/directory/classes/classes.service';
import { StudentsService } from '@/directory/students/students.service';
import { Subject } from '@/directory/subjects/subject.entity';
import { fill, formatDate } from '@/rendering/texts';
import { csvWords } from './csv-words';
import { MarksCsvQueryDto, MatrixQueryDto, ReturnsQueryDto } from './dto/report-query.dto';
import { marksCsv } from './marks-csv';
import { rateFields, sumCounts } from './report-arithmetic';
import { ReportScope, ReportsRepository, SilentPupil } from './reports.repository';
import { isSilentPupil } from './silent-pupils';
import { channelReturns } from './channel-returns';
import { AWAITING_WORK_STEPS } from '@/packets/journey';

/** A list to phone through, not an export: a whole region's would be unreadable anyway. */
const SILENT_PUPILS_LIMIT = 1000;

@Injectable()
export class ReportsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly repository: ReportsRepository,
    private readonly classes: ClassesService,
    private readonly students: StudentsService,
    private readonly collection: CollectionService,
  ) {}

  async returns(user: Principal, query: ReturnsQueryDto): Promise<ReturnsReport> {
    const scope = await this.scope(user, query);
    const [byClass, bySubject, byRoute, pupils, silentPupils] = await Promise.all([
      this.repository.countsByClass(scope),
      this.repository.countsBySubject(scope),
      this.repository.countsByRoute(scope),
      this.repository.pupilsByChannel(scope),
      // A list of pupils to phone is for a school; a region's would be unreadable and too wide.
      scope.schoolId ? this.silentPupils(scope) : Promise.resolve([]),
    ]);
    const names = await this.subjectNames(bySubject.map((s) => s.subjectCode));
    const totals = sumCounts(byClass);
    return {
      asOf: scope.asOf,
      schoolId: scope.schoolId,
      classes: byClass.map(({ classId, grade, letter, schoolId: _school, ...counts }) => ({
        classId,
        label: `${grade} ${letter}`,
        ...counts,
        ...rateFields(counts),
      })),
      subjects: bySubject.map(({ subjectCode, ...counts }) => ({
        subjectCode,
        nameKk: names.get(subjectCode)?.nameKk ?? subjectCode,
        nameRu: names.get(subjectCode)?.nameRu ?? subjectCode,
        nameKy: names.get(subjectCode)?.nameKy ?? null,
        ...counts,
        ...rateFields(counts),
      })),
      totals: { ...totals, ...rateFields(totals) },
      channels: channelReturns(byRoute, pupils),
      silentPupils,
      overdueDuties: scope.schoolId
        ? await this.overdueDuties(user, scope.schoolId, scope.asOf)
        : [],
    };
  }

  private async silentPupils(scope: ReportScope): Promise<SilentPupil[]> {
    const owing = await this.repository.pupilsOwingWork(scope);
    return owing
      .filter((pupil) => isSilentPupil(pupil, scope.asOf))
      .slice(0, SILENT_PUPILS_LIMIT)
      .map(({ owesWork: _owes, ...pupil }) => pupil);
  }

  async matrix(user: Principal, classId: string, query: MatrixQueryDto): Promise<ClassMatrix> {
    const schoolClass = await this.classes.get(user, classId);
    const asOf = query.asOf ?? localDate();
    const cells = await this.repository.classMatrix(classId, endOfLocalDay(asOf));
    const students = await this.students.findActiveInClass(classId);
    const cases = new Map<string, ClassMatrix['cases'][number]>();
    const byPupil = new Map<string, ClassMatrix['pupils'][number]['cells']>(
      students.map((s) => [s.id, {}]),
    );
    for (const cell of cells) {
      cases.set(cell.caseId, {
        caseId: cell.caseId,
        subjectCode: cell.subjectCode,
        subjectName: cell.subjectName,
        topic: cell.topic,
      });
      const row = byPupil.get(cell.studentId);
      if (!row) continue; // the pupil has left the class
      const overdue = cell.returnDueOn < asOf && AWAITING_WORK_STEPS.includes(cell.status);
      // Cells come oldest packet first, so a re-dispatched case shows its newest packet.
      row[cell.caseId] = {
        status: cell.status,
        code: cell.code,
        overdue,
        mark: cell.mark,
        passed: cell.passed,
      };
    }
    return {
      asOf,
      classId,
      label: `${schoolClass.grade} ${schoolClass.letter}`,
      cases: [...cases.values()],
      pupils: students.map((s) => ({
        studentId: s.id,
        fullName: s.fullName,
        cells: byPupil.get(s.id) ?? {},
      })),
    };
  }

  /** The class's marks as CSV for the e-journal, headers in the reader's language. */
  async marksCsv(
    user: Principal,
    classId: string,
    query: MarksCsvQueryDto,
  ): Promise<{ fileName: string; content: string }> {
    const schoolClass = await this.classes.get(user, classId);
    const asOf = query.asOf ?? localDate();
    const language = query.language ?? 'kk';
    const marks = await this.repository.classMarks(classId, endOfLocalDay(asOf));
    const label = `${schoolClass.grade} ${schoolClass.letter}`;
    const name = fill(csvWords(language).marks.fileName, { label, asOf: formatDate(asOf) });
    return { fileName: `${name}.csv`, content: marksCsv(marks, language) };
  }

  private async scope(user: Principal, query: ReturnsQueryDto): Promise<ReportScope> {
    const asOf = query.asOf ?? localDate();
    let schoolId = schoolScope(user, query.schoolId) ?? null;
    if (query.classId) schoolId = (await this.classes.get(user, query.classId)).schoolId;
    return {
      schoolId,
      classId: query.classId ?? null,
      subjectCode: query.subjectCode ?? null,
      asOf,
      asOfEnd: endOfLocalDay(asOf),
    };
  }

  private async subjectNames(codes: string[]): Promise<Map<string, Subject>> {
    if (codes.length === 0) return new Map();
    const subjects = await this.db.tx.getRepository(Subject).findBy({ code: In(codes) });
    return new Map(subjects.map((s) => [s.code, s]));
  }

  private async overdueDuties(
    user: Principal,
    schoolId: string,
    asOf: string,
  ): Promise<ReturnsReport['overdueDuties']> {
    const duties = await this.collection.list(user, { schoolId, asOf });
    return duties.items
      .filter((d) => d.overdue)
      .map(({ id, kind, teacherName, nextDueOn, daysOverdue, lastCollectedAt }) => ({
        id,
        kind,
        teacherName,
        nextDueOn,
        daysOverdue,
        lastCollectedAt,
      }));
  }
}
