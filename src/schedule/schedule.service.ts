import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { changedFields, noteForAudit, removedFields } from '@/audit/audit-note';
import { canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { CasesService } from '@/cases/cases.service';
import { LessonCase } from '@/cases/lesson-case.entity';
import { localDate } from '@/common/dates';
import { fail, notFound } from '@/common/errors/domain-error';
import { ClassesService } from '@/directory/classes/classes.service';
import { SchoolClass } from '@/directory/classes/school-class.entity';
import { StudentsService } from '@/directory/students/students.service';
import { DispatchesService } from '@/dispatches/dispatches.service';
import {
  AddCaseDto,
  CreateScheduleDto,
  MoveScheduledPacketDto,
  ScheduleQueryDto,
} from './dto/schedule.dto';
import { AssignmentsService } from './assignments/assignments.service';
import { subjectsOwed } from './expected-subjects';
import { classOf, toView } from './packet-view';
import { ownSchool } from './own-school';
import { PacketDates, packetSeries } from './packet-dates';
import { overNormProblems, packetLoad } from './packet-load';
import { ScheduleRepository } from './schedule.repository';
import { ScheduledPacketCase } from './scheduled-packet-case.entity';
import { ScheduledPacket } from './scheduled-packet.entity';
import { DueItem, ScheduledPacketView } from './scheduled-packet.view';

/** A dispatch carries at most this many cases (POST /dispatches). */
const MAX_CASES = 12;
const AUDITED_FIELDS = ['classId', 'goesOutOn', 'comesBackOn'] as const;

/** The academic deputy's timetable of packets (seed 002): dates, cases, load, release. */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly classes: ClassesService,
    private readonly cases: CasesService,
    private readonly dispatches: DispatchesService,
    private readonly repo: ScheduleRepository,
    private readonly assignments: AssignmentsService,
    private readonly students: StudentsService,
  ) {}

  /** Dates for a class, a grade or the whole school, all made or none. */
  async createSeries(user: Principal, dto: CreateScheduleDto): Promise<ScheduledPacketView[]> {
    const schoolId = ownSchool(user);
    if (dto.classId && dto.grade !== undefined)
      throw fail(
        'schedule.target_invalid',
        'Give classId or grade, not both (neither: the whole school).',
      );
    const classes = dto.classId
      ? [await this.classes.getUsable(user, dto.classId, 'classId')]
      : await this.classes.activeOf(schoolId, dto.grade);
    if (classes.length === 0)
      throw fail(
        'schedule.no_classes',
        `grade: the school has no class in grade ${dto.grade} to schedule.`,
        { grade: dto.grade },
      );
    const series = packetSeries(dto.startOn, dto.periodDays, dto.count, dto.returnAfterDays);
    assertDates(series[0], 'startOn');
    await this.assertFree(
      classes,
      series.map((d) => d.goesOutOn),
    );
    const rows = classes.flatMap((c) =>
      series.map((d) =>
        this.db.tx.create(ScheduledPacket, { ...d, schoolId, classId: c.id, createdBy: user.id }),
      ),
    );
    await this.db.tx.save(rows);
    noteForAudit({ schoolId });
    return this.views(
      schoolId,
      rows.map((r) => ({ ...r, schoolClass: classes.find((c) => c.id === r.classId) })),
    );
  }

  /** Moves one date of a packet not yet released. */
  async move(
    user: Principal,
    id: string,
    dto: MoveScheduledPacketDto,
  ): Promise<ScheduledPacketView> {
    const packet = await this.getOpen(user, id);
    const dates = {
      goesOutOn: dto.goesOutOn ?? packet.goesOutOn,
      comesBackOn: dto.comesBackOn ?? packet.comesBackOn,
    };
    assertDates(dates, dto.goesOutOn ? 'goesOutOn' : 'comesBackOn');
    if (dates.goesOutOn !== packet.goesOutOn)
      await this.assertFree([packet.schoolClass!], [dates.goesOutOn]);
    noteForAudit({
      schoolId: packet.schoolId,
      targetName: packetName(packet),
      changes: changedFields(packet, dates, AUDITED_FIELDS),
    });
    await this.db.tx.update(ScheduledPacket, { id }, dates);
    return this.view(user, id);
  }

  /** Removes a date not yet released, with the cases put into it. */
  async remove(user: Principal, id: string): Promise<void> {
    const packet = await this.getOpen(user, id);
    noteForAudit({
      schoolId: packet.schoolId,
      targetName: packetName(packet),
      changes: removedFields(packet, AUDITED_FIELDS),
    });
    await this.db.tx.delete(ScheduledPacket, { id });
  }

  async list(user: Principal, query: ScheduleQueryDto): Promise<ScheduledPacketView[]> {
    const schoolId = ownSchool(user);
    let packets = await this.repo.upcoming(schoolId, localDate(), query.classId);
    if (query.caseId) {
      const [lessonCase] = await this.cases.getMany(user, [query.caseId]);
      packets = nextOpenPerClass(packets).filter((p) => fits(lessonCase, p.schoolClass!));
    }
    return this.views(schoolId, packets);
  }

  async view(user: Principal, id: string): Promise<ScheduledPacketView> {
    const packet = await this.get(user, id);
    return (await this.views(packet.schoolId, [packet]))[0];
  }

  /**
   * What is due from a teacher: each subject they owe the next packet of each class (their
   * assigned subjects; in a class with no assignment, those they write cases for).
   */
  async due(user: Principal): Promise<DueItem[]> {
    const schoolId = ownSchool(user);
    const written = await this.cases.subjectsWritten(schoolId, user.id);
    const assignments = await this.assignments.ofSchool(schoolId);
    const packets = nextOpenPerClass(await this.repo.upcoming(schoolId, localDate()));
    const cases = await this.repo.casesOf(packets.map((p) => p.id));
    return packets.flatMap((p) =>
      subjectsOwed(user.id, classOf(p.schoolClass!), assignments, written).map((subjectCode) => ({
        packetId: p.id,
        classId: p.classId,
        grade: p.schoolClass!.grade,
        letter: p.schoolClass!.letter,
        goesOutOn: p.goesOutOn,
        comesBackOn: p.comesBackOn,
        subjectCode,
        caseIds: cases
          .filter((c) => c.scheduledPacketId === p.id && c.subjectCode === subjectCode)
          .map((c) => c.id),
      })),
    );
  }

  /** A teacher puts a saved case into a packet of a class it is written for. */
  async addCase(user: Principal, id: string, { caseId }: AddCaseDto): Promise<ScheduledPacketView> {
    const packet = await this.getOpen(user, id);
    const [lessonCase] = await this.cases.getMany(user, [caseId]);
    if (user.role === 'teacher' && lessonCase.createdBy !== user.id)
      throw fail(
        'schedule.not_your_case',
        `caseId: "${lessonCase.topic}" is another teacher's case; add your own.`,
      );
    if (lessonCase.archivedAt)
      throw fail(
        'case.archived',
        `caseId: case "${lessonCase.topic}" is archived; restore it first.`,
        { field: 'caseId' },
      );
    const label = classLabel(packet.schoolClass!);
    if (!fits(lessonCase, packet.schoolClass!))
      throw fail(
        'case.wrong_class',
        `Case "${lessonCase.topic}" is for grade ${lessonCase.grade} (${lessonCase.language}), not for class ${label}.`,
      );
    if (await this.repo.link(id, caseId))
      throw fail(
        'schedule.case_added',
        `"${lessonCase.topic}" is already in the ${packet.goesOutOn} packet of class ${label}.`,
      );
    if ((await this.repo.casesOf([id])).length >= MAX_CASES)
      throw fail(
        'schedule.packet_full',
        `The ${packet.goesOutOn} packet of class ${label} already holds ${MAX_CASES} cases.`,
      );
    noteForAudit({
      schoolId: packet.schoolId,
      targetName: packetName(packet),
      changes: { case: { before: null, after: lessonCase.topic } },
    });
    await this.db.tx.save(
      this.db.tx.create(ScheduledPacketCase, { scheduledPacketId: id, caseId, addedBy: user.id }),
    );
    return this.view(user, id);
  }

  /** Takes a case out again: a teacher only what they put in. */
  async removeCase(user: Principal, id: string, caseId: string): Promise<ScheduledPacketView> {
    const packet = await this.getOpen(user, id);
    const link = await this.repo.link(id, caseId);
    if (!link)
      throw fail(
        'schedule.case_not_in_packet',
        `Case ${caseId} is not in the ${packet.goesOutOn} packet of class ${classLabel(packet.schoolClass!)}.`,
        { caseId },
      );
    if (user.role === 'teacher' && link.addedBy !== user.id)
      throw fail(
        'schedule.not_your_case',
        'Another teacher put this case in; ask them or the academic deputy.',
      );
    const topic = (await this.repo.casesOf([id])).find((c) => c.id === caseId)?.topic ?? null;
    noteForAudit({
      schoolId: packet.schoolId,
      targetName: packetName(packet),
      changes: {
        case: { before: topic, after: null },
        addedBy: { before: link.addedBy, after: null },
      },
    });
    await this.db.tx.delete(ScheduledPacketCase, { scheduledPacketId: id, caseId });
    return this.view(user, id);
  }

  /**
   * Releases a packet for printing: its cases become one dispatch for the class, as
   * POST /dispatches makes it. Refused while it is empty or over the grade's norm.
   */
  async release(user: Principal, id: string): Promise<ScheduledPacketView> {
    const packet = await this.getOpen(user, id);
    const label = classLabel(packet.schoolClass!);
    const cases = await this.repo.casesOf([id]);
    if (cases.length === 0)
      throw fail(
        'schedule.packet_empty',
        `The ${packet.goesOutOn} packet of class ${label} has no case yet; nothing to print.`,
      );
    const load = packetLoad(packet.schoolClass!.grade, packet, cases);
    if (load.overNorm)
      throw fail(
        'schedule.over_norm',
        `The ${packet.goesOutOn} packet of class ${label} is over the grade ${packet.schoolClass!.grade} norm: ${overNormProblems(load, cases).join('; ')}. Take a case out or move the return date.`,
        { ...load },
      );
    const dispatch = await this.dispatches.create(user, {
      classId: packet.classId,
      caseIds: cases.map((c) => c.id),
      returnDueOn: packet.comesBackOn,
    });
    await this.db.tx.update(
      ScheduledPacket,
      { id },
      { dispatchId: dispatch.id, releasedAt: new Date() },
    );
    const pupils = new Set(dispatch.packets.map((p) => p.studentId)).size;
    noteForAudit({
      schoolId: packet.schoolId,
      targetName: packetName(packet),
      changes: {
        pupils: { before: null, after: pupils },
        envelopes: { before: null, after: dispatch.packets.length },
      },
    });
    return this.view(user, id);
  }

  private async get(user: Principal, id: string): Promise<ScheduledPacket> {
    const packet = await this.repo.packet(id);
    if (!packet || !canSeeSchool(user, packet.schoolId)) throw notFound('scheduled_packet', id);
    return packet;
  }

  /** A packet still to be released, held for this change (a second release waits, then is refused). */
  private async getOpen(user: Principal, id: string): Promise<ScheduledPacket> {
    await this.repo.lock(id);
    const packet = await this.get(user, id);
    if (packet.releasedAt)
      throw fail(
        'schedule.released',
        `The ${packet.goesOutOn} packet of class ${classLabel(packet.schoolClass!)} is already released for printing; it can no longer change.`,
        { dispatchId: packet.dispatchId },
      );
    return packet;
  }

  private async assertFree(classes: SchoolClass[], dates: string[]): Promise<void> {
    const [taken] = await this.repo.taken(
      classes.map((c) => c.id),
      dates,
    );
    if (!taken) return;
    const label = classLabel(classes.find((c) => c.id === taken.classId)!);
    throw fail(
      'schedule.date_taken',
      `Class ${label} already has a packet going out on ${taken.goesOutOn}; move or remove that one first.`,
      { ...taken },
    );
  }

  private async views(
    schoolId: string,
    packets: ScheduledPacket[],
  ): Promise<ScheduledPacketView[]> {
    const cases = await this.repo.casesOf(packets.map((p) => p.id));
    const written = await this.cases.subjectsWritten(schoolId);
    const assignments = await this.assignments.ofSchool(schoolId);
    const counts = await this.students.paperCounts([...new Set(packets.map((p) => p.classId))]);
    return packets.map((p) => {
      const count = counts.find((c) => c.classId === p.classId);
      return {
        ...toView(
          p,
          cases.filter((c) => c.scheduledPacketId === p.id),
          written,
          assignments,
        ),
        pupils: count?.pupils ?? 0,
        envelopes: count?.onPaper ?? 0,
      };
    });
  }
}

const classLabel = (c: SchoolClass): string => `${c.grade} ${c.letter}`;

/** A timetable packet as the audit log names it: its class and the day it goes out (19.12.2026). */
const packetName = (packet: ScheduledPacket): string =>
  `${classLabel(packet.schoolClass!)}, ${packet.goesOutOn.split('-').reverse().join('.')}`;

const fits = (lessonCase: LessonCase, c: SchoolClass): boolean =>
  lessonCase.grade === c.grade && lessonCase.language === c.language;

/** The first packet not yet released of each class (the list is in date order). */
function nextOpenPerClass(packets: ScheduledPacket[]): ScheduledPacket[] {
  const seen = new Set<string>();
  return packets.filter((p) => !p.releasedAt && !seen.has(p.classId) && seen.add(p.classId));
}

function assertDates({ goesOutOn, comesBackOn }: PacketDates, field: string): void {
  if (goesOutOn < localDate())
    throw fail(
      'schedule.dates_invalid',
      `${field}: a packet cannot go out before today (${goesOutOn}).`,
      { field },
    );
  if (comesBackOn <= goesOutOn)
    throw fail(
      'schedule.dates_invalid',
      `comesBackOn: work must come back after the packet goes out (${goesOutOn}).`,
      { field: 'comesBackOn' },
    );
}
