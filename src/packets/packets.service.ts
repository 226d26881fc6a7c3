import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { MoreThan, Repository } from 'typeorm';
import { CasesService } from '@/cases/cases.service';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { latestReturnDate, returnDateProblem } from '@/common/date-bounds';
import { fail, notFound } from '@/common/errors/domain-error';
import { officeLine } from '@/rendering/cover-layout';
import { ManifestRow } from '@/rendering/manifest-layout';
import { PacketSnapshot } from '@/rendering/packet-snapshot';
import { canSeePacket } from './packet-access';
import { AWAITING_WORK_STEPS } from './journey';
import { validCode } from './valid-code';
import { Packet } from './packet.entity';
import { ExtendReturnDto, PacketQueryDto } from './dto/packet.dto';
import { PacketList, PacketListItem } from './packet-list.view';
import { WaitingAtOffice } from './waiting.view';
import { PacketsRepository } from './packets.repository';
import { daysBetween, localDate } from '@/common/dates';

// Other features import the code check from here.
export { validCode } from './valid-code';

const BATCH = 100;

@Injectable()
export class PacketsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cases: CasesService,
    private readonly rows: PacketsRepository,
  ) {}

  private get packets(): Repository<Packet> {
    return this.db.tx.getRepository(Packet);
  }

  /**
   * The school's packets by status, class and subject, by class and pupil's name; a
   * teacher's own subjects (those they write cases for) first, so their papers top the stack.
   */
  async list(user: Principal, query: PacketQueryDto): Promise<PacketList> {
    const schoolId = schoolScope(user);
    const own = user.role === 'teacher' ? await this.cases.subjectsWrittenBy(user.id) : [];
    const [rows, total] = await this.rows.findPage({
      schoolId,
      status: query.status,
      classId: query.classId,
      subjectCode: query.subjectCode,
      search: query.search,
      ownSubjects: own,
      limit: query.limit,
      offset: query.offset,
    });
    return { items: rows.map(toListItem), total };
  }

  /**
   * What lies at the clerk's office: packets arrived and not yet handed to the pupil, and
   * completed work handed in and not yet collected by the teacher; the longest waiting first.
   */
  async waitingAt(user: Principal): Promise<WaitingAtOffice> {
    const officeId = user.postOfficeId;
    if (!officeId) throw fail('auth.role_forbidden', 'Only a post clerk has an office.');
    const rows = await this.rows.waitingAt(officeId);
    const today = localDate();
    return {
      postOfficeId: officeId,
      items: rows.map((row) => ({
        ...row,
        waitingDays: daysBetween(localDate(new Date(row.since)), today),
      })),
    };
  }

  /** A packet by its code as typed or scanned; others' packets are reported as not found. */
  async getByCode(user: Principal, rawCode: string): Promise<Packet> {
    const code = validCode(rawCode);
    const packet = await this.packets.findOneBy({ code });
    if (!packet || !canSeePacket(user, packet)) throw notFound('packet', code);
    return packet;
  }

  /** A deputy moves one pupil's return date later (illness, road closed); reports honour it. */
  async extendReturn(user: Principal, rawCode: string, dto: ExtendReturnDto): Promise<Packet> {
    const packet = await this.getByCode(user, rawCode);
    const dateProblem = returnDateProblem(dto.returnDueOn, packet.returnDueOn);
    if (dateProblem)
      throw fail('packet.return_date_invalid', dateProblem, {
        current: packet.returnDueOn,
        latest: latestReturnDate(),
      });
    if (!AWAITING_WORK_STEPS.includes(packet.status)) {
      throw fail(
        'packet.not_awaiting_work',
        `Packet ${packet.code} is ${packet.status}: its work is no longer awaited.`,
        {
          reason: 'illegal_transition',
          status: packet.status,
        },
      );
    }
    await this.packets.update(
      { id: packet.id },
      { returnDueOn: dto.returnDueOn, extensionReason: dto.reason },
    );
    return { ...packet, returnDueOn: dto.returnDueOn, extensionReason: dto.reason };
  }

  /**
   * A print run's snapshots: every packet going by post, dispatch by dispatch in class-list
   * order, then every by-hand packet the same way, so the carriers' packets come off the
   * printer together, after the post's (a dispatch numbers its by-hand packets last too).
   */
  async *printRunOf(dispatchIds: string[]): AsyncGenerator<PacketSnapshot> {
    for (const byHand of [false, true])
      for (const dispatchId of dispatchIds) yield* this.snapshotsOf(dispatchId, byHand);
  }

  /** Snapshots in class-list order, read in small batches so a print run never loads them all. */
  private async *snapshotsOf(dispatchId: string, byHand: boolean): AsyncGenerator<PacketSnapshot> {
    let after = 0;
    for (;;) {
      const batch = await this.packets.find({
        where: { dispatchId, byHand, listNo: MoreThan(after) },
        order: { listNo: 'ASC' },
        take: BATCH,
        select: { listNo: true, snapshot: true },
      });
      yield* batch.map((p) => p.snapshot);
      if (batch.length < BATCH) return;
      after = batch[batch.length - 1].listNo;
    }
  }

  /** The sending school and its office as the dispatch's packets print them. */
  async senderOf(dispatchId: string): Promise<PacketSnapshot['school']> {
    const [first] = await this.packets.find({
      where: { dispatchId },
      order: { listNo: 'ASC' },
      take: 1,
      select: { snapshot: true },
    });
    return first.snapshot.school;
  }

  /** The post office's list: the packets handed to the post (not those carried by hand). */
  async manifestRows(dispatchId: string): Promise<ManifestRow[]> {
    const packets = await this.packets.find({
      where: { dispatchId, byHand: false },
      order: { listNo: 'ASC' },
      select: { listNo: true, code: true, snapshot: true },
    });
    return packets.map(({ listNo, code, snapshot: { student } }) => ({
      no: listNo,
      code,
      recipient: student.fullName,
      delivery: student.delivery,
      address: student.address,
      postcode: student.postcode,
      office: officeLine(student.office),
      phone: student.guardianPhone,
    }));
  }
}

function toListItem(
  packet: Pick<Packet, 'code' | 'status' | 'classId' | 'returnDueOn' | 'snapshot'>,
): PacketListItem {
  const { student, schoolClass, cases } = packet.snapshot;
  return {
    code: packet.code,
    status: packet.status,
    studentName: student.fullName,
    classId: packet.classId,
    classLabel: `${schoolClass.grade} ${schoolClass.letter}`,
    returnDueOn: packet.returnDueOn,
    cases: cases.map((c) => ({
      caseId: c.id,
      subjectCode: c.subjectCode,
      subjectName: c.subjectName,
      topic: c.topic,
      passFail: c.passFail ?? false,
    })),
  };
}
