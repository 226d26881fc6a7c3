import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { CasesService } from '@/cases/cases.service';
import { LessonCase } from '@/cases/lesson-case.entity';
import { latestReturnDate, returnDateProblem } from '@/common/date-bounds';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { PostOffice } from '@/directory/post-offices/post-office.entity';
import { SchoolsService } from '@/directory/schools/schools.service';
import { PAPER_CHANNELS } from '@/directory/students/channel';
import { Student } from '@/directory/students/student.entity';
import { StudentsService } from '@/directory/students/students.service';
import { Subject } from '@/directory/subjects/subject.entity';
import { Dispatch } from './dispatch.entity';
import { printOrder } from './print-order';
import { DispatchesRepository } from './dispatches.repository';
import { noteForAudit, removedFields } from '@/audit/audit-note';
import {
  DispatchCancelled,
  DispatchCaseBrief,
  DispatchListItem,
  DispatchView,
  LeftOutPupil,
  PacketSummary,
  StatusCount,
} from './dispatch.view';
import { CreateDispatchDto, CreateDispatchesDto, DispatchQueryDto } from './dto/dispatch.dto';
import { Packet } from '@/packets/packet.entity';
import { ReviewsService } from '@/reviews/reviews.service';
import { SerialAllocator } from '@/packets/serial-allocator';
import { buildSnapshot, SnapshotSources } from '@/cases/snapshot';

const INSERT_CHUNK = 500;

@Injectable()
export class DispatchesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly classes: ClassesService,
    private readonly schools: SchoolsService,
    private readonly students: StudentsService,
    private readonly cases: CasesService,
    private readonly serials: SerialAllocator,
    private readonly reviews: ReviewsService,
    private readonly dispatches: DispatchesRepository,
  ) {}

  /** One packet per pupil, all in one transaction: a failure leaves no packet and uses no serial. */
  async create(user: Principal, dto: CreateDispatchDto): Promise<DispatchView> {
    assertReturnDate(dto.returnDueOn);
    const cases = assertCasesInUse(await this.cases.getMany(user, dto.caseIds));
    const plan = await this.plan(user, dto.classId, cases, dto.studentIds, dto.returnDueOn, true);
    return this.db.withTransaction(async () => {
      await this.assertNotSentYet([plan], dto.confirmRepeat);
      return this.write(user, plan);
    });
  }

  /**
   * Several classes at once (a grade, the whole school): each class gets the chosen cases
   * written for its grade and language, and every class must get at least one. All the
   * dispatches are made in one transaction, or none.
   */
  async createMany(user: Principal, dto: CreateDispatchesDto): Promise<DispatchView[]> {
    assertReturnDate(dto.returnDueOn);
    const cases = assertCasesInUse(await this.cases.getMany(user, dto.caseIds));
    const plans: DispatchPlan[] = [];
    for (const { classId, studentIds } of dto.classes)
      plans.push(await this.plan(user, classId, cases, studentIds, dto.returnDueOn, false));
    const unused = cases.filter((c) => !plans.some((p) => p.cases.includes(c)));
    if (unused.length > 0)
      throw fail(
        'case.wrong_class',
        `Case "${unused[0].topic}" fits none of the chosen classes (grade ${unused[0].grade}, ${unused[0].language}).`,
      );
    return this.db.withTransaction(async () => {
      await this.assertNotSentYet(plans, dto.confirmRepeat);
      const made: DispatchView[] = [];
      for (const plan of plans) made.push(await this.write(user, plan));
      return made;
    });
  }

  /**
   * A case sent twice to one class by mistake prints a second packet per pupil: refused until
   * the sender confirms, while an earlier dispatch of the case to the class is under way.
   * The classes stay locked until the transaction that writes the dispatch ends, so two
   * identical sends at the same instant cannot both pass.
   */
  private async assertNotSentYet(plans: DispatchPlan[], confirmed?: boolean): Promise<void> {
    await this.dispatches.lockClasses(plans.map((p) => p.schoolClass.id));
    if (confirmed) return;
    for (const { schoolClass, cases } of plans) {
      const earlier = await this.dispatches.latestUnderWay(
        schoolClass.id,
        cases.map((c) => c.id),
      );
      if (!earlier) continue;
      const repeated = cases.filter((c) => earlier.caseIds.includes(c.id));
      throw fail(
        'dispatch.already_sent',
        `Class ${schoolClass.grade} ${schoolClass.letter} already has a dispatch of "${repeated[0].topic}" under way (made ${earlier.createdAt.toISOString().slice(0, 10)}). Send again with confirmRepeat: true if a second packet per pupil is meant.`,
        {
          classId: schoolClass.id,
          dispatchId: earlier.id,
          createdAt: earlier.createdAt.toISOString(),
          caseIds: repeated.map((c) => c.id),
          topics: repeated.map((c) => c.topic),
        },
      );
    }
  }

  /** What one class's dispatch will hold, checked before anything is written. */
  private async plan(
    user: Principal,
    classId: string,
    chosen: LessonCase[],
    studentIds: string[] | undefined,
    returnDueOn: string,
    everyCaseMustFit: boolean,
  ): Promise<DispatchPlan> {
    const schoolClass = await this.classes.getUsable(user, classId, 'classId');
    assertMayWriteSchool(user, schoolClass.schoolId);
    if (everyCaseMustFit) assertCasesFit(chosen, schoolClass);
    const cases = everyCaseMustFit ? chosen : casesFor(chosen, schoolClass);
    const { pupils: listed, online } = await this.pupils(schoolClass, studentIds);
    const sources = await this.snapshotSources(user, schoolClass, cases, listed, returnDueOn);
    const pupils = printOrder(listed, (id) => sources.offices.get(id)?.postcode ?? '');
    return { schoolClass, cases, pupils, online, sources, returnDueOn };
  }

  private async write(
    user: Principal,
    { schoolClass, cases, pupils, online, sources, returnDueOn }: DispatchPlan,
  ): Promise<DispatchView> {
    const dispatch = await this.db.tx.save(
      this.db.tx.create(Dispatch, {
        schoolId: schoolClass.schoolId,
        classId: schoolClass.id,
        caseIds: cases.map((c) => c.id),
        returnDueOn,
        packetCount: pupils.length,
        leftOutOnline: online.length,
        createdBy: user.id,
      }),
    );
    const codes = await this.serials.allocate(pupils.length, schoolClass.schoolId);
    const feedback = await this.reviews.pendingFeedback(pupils.map((p) => p.id));
    const packets = pupils.map((student, i) =>
      this.db.tx.create(Packet, {
        id: randomUUID(),
        dispatchId: dispatch.id,
        schoolId: schoolClass.schoolId,
        classId: schoolClass.id,
        studentId: student.id,
        originOfficeId: sources.school.postOfficeId,
        destinationOfficeId: student.postOfficeId,
        listNo: i + 1,
        code: codes[i],
        status: 'created',
        byHand: student.channel === 'by_hand',
        returnDueOn,
        subjectCodes: [...new Set(cases.map((c) => c.subjectCode))],
        snapshot: buildSnapshot(codes[i], student, sources, feedback.get(student.id)?.items),
      }),
    );
    for (let start = 0; start < packets.length; start += INSERT_CHUNK) {
      await this.db.tx.insert(Packet, packets.slice(start, start + INSERT_CHUNK));
    }
    for (const packet of packets)
      await this.reviews.markSent(feedback.get(packet.studentId)?.ids ?? [], packet.id);
    return { ...dispatch, packets: packets.map(toSummary), leftOut: online.map(leftOutOnline) };
  }

  /**
   * Removes a dispatch and its packets, in one transaction, while every packet is only
   * "created" (nothing posted or scanned). The pupils' pending feedback it would have printed
   * goes back to waiting for their next packet. Its S10 codes are not reused.
   */
  async cancel(user: Principal, id: string): Promise<DispatchCancelled> {
    const dispatch = await this.getVisible(user, id);
    assertMayWriteSchool(user, dispatch.schoolId);
    return this.db.withTransaction(async () => {
      const packets = await this.db.tx.getRepository(Packet).find({
        where: { dispatchId: id },
        select: { id: true, code: true, status: true },
        order: { listNo: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const moved = packets.filter((p) => p.status !== 'created');
      const events = await this.dispatches.countEvents(packets.map((p) => p.id));
      if (moved.length > 0 || events > 0)
        throw fail(
          'dispatch.not_cancellable',
          `${moved.length || events} packet(s) of this dispatch were already posted or scanned, so it can no longer be cancelled; correct single packets instead.`,
          { moved: moved.map((p) => p.code) },
        );
      const ids = packets.map((p) => p.id);
      await this.dispatches.unsendFeedback(ids);
      await this.db.tx.delete(Packet, { dispatchId: id });
      await this.db.tx.delete(Dispatch, { id });
      const codes = packets.map((p) => p.code);
      noteForAudit({
        schoolId: dispatch.schoolId,
        changes: removedFields(
          { ...dispatch, caseIds: dispatch.caseIds.join(', '), codes: codes.join(', ') },
          ['classId', 'caseIds', 'returnDueOn', 'packetCount', 'codes'],
        ),
      });
      return { id, codes };
    });
  }

  async get(user: Principal, id: string): Promise<DispatchView> {
    const dispatch = await this.getVisible(user, id);
    const packets = await this.db.tx.getRepository(Packet).find({
      where: { dispatchId: id },
      order: { listNo: 'ASC' },
      select: { id: true, code: true, listNo: true, studentId: true, status: true, snapshot: true },
    });
    return { ...dispatch, packets: packets.map(toSummary), leftOut: [] };
  }

  /** The dispatches, newest first, each with its packets counted by status in the same answer. */
  async list(user: Principal, query: DispatchQueryDto): Promise<Page<DispatchListItem>> {
    const schoolId = schoolScope(user);
    const [items, total] = await this.db.tx.getRepository(Dispatch).findAndCount({
      where: {
        ...(schoolId ? { schoolId } : {}),
        ...(query.classId ? { classId: query.classId } : {}),
      },
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const [counts, cases] = await Promise.all([
      this.statusCounts(items.map((d) => d.id)),
      this.caseBriefs(items.flatMap((d) => d.caseIds)),
    ]);
    return {
      items: items.map((d) => ({
        ...d,
        statusCounts: counts.get(d.id) ?? [],
        cases: d.caseIds.flatMap((id) => cases.get(id) ?? []),
      })),
      total,
    };
  }

  private async caseBriefs(caseIds: string[]): Promise<Map<string, DispatchCaseBrief>> {
    const found =
      caseIds.length === 0
        ? []
        : await this.db.tx.getRepository(LessonCase).find({
            where: { id: In([...new Set(caseIds)]) },
            select: { id: true, subjectCode: true, topic: true },
          });
    return new Map(
      found.map((c) => [c.id, { id: c.id, subjectCode: c.subjectCode, topic: c.topic }]),
    );
  }

  private async statusCounts(dispatchIds: string[]): Promise<Map<string, StatusCount[]>> {
    const rows = dispatchIds.length === 0 ? [] : await this.dispatches.statusCounts(dispatchIds);
    const byDispatch = new Map<string, StatusCount[]>();
    for (const { dispatchId, status, count } of rows)
      byDispatch.set(dispatchId, [...(byDispatch.get(dispatchId) ?? []), { status, count }]);
    return byDispatch;
  }

  async getVisible(user: Principal, id: string): Promise<Dispatch> {
    const dispatch = await this.db.tx.getRepository(Dispatch).findOneBy({ id });
    if (!dispatch || schoolScope(user, dispatch.schoolId) !== dispatch.schoolId)
      throw notFound('dispatch', id);
    return dispatch;
  }

  /**
   * The pupils who get a packet, and those of them who learn online (no paper: counted, left
   * out). A chosen pupil who learns online is left out the same way, never refused.
   */
  private async pupils(
    schoolClass: SchoolClass,
    studentIds?: string[],
  ): Promise<{ pupils: Student[]; online: Student[] }> {
    const active = await this.students.findActiveInClass(schoolClass.id);
    const label = `${schoolClass.grade} ${schoolClass.letter}`;
    const outside = (studentIds ?? []).filter((id) => !active.some((s) => s.id === id));
    if (outside.length > 0)
      throw fail(
        'dispatch.pupils_invalid',
        `These pupils are not active in class ${label}: ${outside.join(', ')}.`,
        { studentIds: outside },
      );
    const chosen = studentIds ? active.filter((s) => studentIds.includes(s.id)) : active;
    const online = chosen.filter((s) => !PAPER_CHANNELS.includes(s.channel));
    const pupils = chosen.filter((s) => PAPER_CHANNELS.includes(s.channel));
    if (pupils.length === 0)
      throw fail(
        'dispatch.pupils_invalid',
        active.length === 0
          ? `Class ${label} has no active pupils; add pupils or import the roster first.`
          : `No chosen pupil of class ${label} gets paper: ${online.length} learn online. Change a pupil's channel on the class page if one needs a packet.`,
        { online: online.length },
      );
    return { pupils, online };
  }

  private async snapshotSources(
    user: Principal,
    schoolClass: SchoolClass,
    cases: LessonCase[],
    pupils: Student[],
    returnDueOn: string,
  ): Promise<SnapshotSources> {
    const school = await this.schools.get(user, schoolClass.schoolId);
    const officeIds = [...new Set([school.postOfficeId, ...pupils.map((p) => p.postOfficeId)])];
    const offices = await this.db.tx.getRepository(PostOffice).findBy({ id: In(officeIds) });
    const subjects = await this.db.tx
      .getRepository(Subject)
      .findBy({ code: In(cases.map((c) => c.subjectCode)) });
    return {
      school,
      schoolClass,
      cases,
      returnDueOn,
      offices: new Map(offices.map((o) => [o.id, o])),
      subjects: new Map(subjects.map((s) => [s.code, s])),
    };
  }
}

interface DispatchPlan {
  schoolClass: SchoolClass;
  cases: LessonCase[];
  pupils: Student[];
  /** Chosen pupils who learn online: no packet. */
  online: Student[];
  sources: SnapshotSources;
  returnDueOn: string;
}

/** Archived cases stay for what was sent, but nothing new is sent from them. */
function assertCasesInUse(cases: LessonCase[]): LessonCase[] {
  const archived = cases.find((c) => c.archivedAt);
  if (archived)
    throw fail(
      'case.archived',
      `caseIds: case "${archived.topic}" is archived and is not sent; restore it first or choose another.`,
      { field: 'caseIds', id: archived.id, topic: archived.topic },
    );
  return cases;
}

function assertReturnDate(returnDueOn: string): void {
  const problem = returnDateProblem(returnDueOn);
  if (problem) throw fail('dispatch.return_date_invalid', problem, { latest: latestReturnDate() });
}

/** The chosen cases written for this class's grade and language; at least one. */
function casesFor(chosen: LessonCase[], schoolClass: SchoolClass): LessonCase[] {
  const fitting = chosen.filter(
    (c) => c.grade === schoolClass.grade && c.language === schoolClass.language,
  );
  if (fitting.length === 0)
    throw fail(
      'case.wrong_class',
      `None of the chosen cases is written for class ${schoolClass.grade} ${schoolClass.letter} (grade ${schoolClass.grade}, ${schoolClass.language}).`,
      { classLabel: `${schoolClass.grade} ${schoolClass.letter}` },
    );
  assertCasesFit(fitting, schoolClass);
  return fitting;
}

function assertCasesFit(cases: LessonCase[], schoolClass: SchoolClass): void {
  const label = `${schoolClass.grade} ${schoolClass.letter}`;
  for (const lessonCase of cases) {
    if (lessonCase.schoolId !== schoolClass.schoolId) throw notFound('case', lessonCase.id);
    if (lessonCase.grade !== schoolClass.grade) {
      throw fail(
        'case.wrong_class',
        `Case "${lessonCase.topic}" is for grade ${lessonCase.grade}, but class ${label} is grade ${schoolClass.grade}.`,
      );
    }
    if (lessonCase.language !== schoolClass.language) {
      throw fail(
        'case.wrong_class',
        `Case "${lessonCase.topic}" is written for ${lessonCase.language} classes, but class ${label} learns in ${schoolClass.language}.`,
      );
    }
  }
}

function leftOutOnline(student: Student): LeftOutPupil {
  return { studentId: student.id, fullName: student.fullName, reason: 'online' };
}

function toSummary(
  packet: Pick<Packet, 'id' | 'code' | 'listNo' | 'studentId' | 'status' | 'snapshot'>,
): PacketSummary {
  return {
    id: packet.id,
    code: packet.code,
    listNo: packet.listNo,
    studentId: packet.studentId,
    studentName: packet.snapshot.student.fullName,
    status: packet.status,
  };
}
