import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import type { Staff } from '@/auth/staff.entity';
import { noteForAudit } from '@/audit/audit-note';
import { dutyDatesProblem } from '@/common/date-bounds';
import { endOfLocalDay, localDate } from '@/common/dates';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { PostOfficesService } from '@/directory/post-offices/post-offices.service';
import { StaffService } from '@/directory/staff/staff.service';
import { PacketPlaces } from '@/packets/packet-events.service';
import { CollectionDuty } from './collection-duty.entity';
import { DutyView } from './duty.view';
import { evaluateDuty, ReturnedWork, Visit } from './collection-rule';
import { CollectionRound } from './collection-round.entity';
import { CreateDutyDto, DutyQueryDto } from './dto/collection.dto';
import { CollectionRepository, DutyPeriod } from './collection.repository';

@Injectable()
export class CollectionService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly staff: StaffService,
    private readonly offices: PostOfficesService,
    private readonly duties: CollectionRepository,
  ) {}

  async appoint(user: Principal, dto: CreateDutyDto): Promise<CollectionDuty> {
    assertMayWriteSchool(user, dto.schoolId);
    const teacher = await this.assertCollector(dto.schoolId, dto.teacherId);
    noteForAudit({ targetName: teacher.fullName });
    for (const id of dto.postOfficeIds) await this.offices.get(id);
    const datesProblem = dutyDatesProblem(dto.startsOn, dto.endsOn);
    if (datesProblem) {
      const { message, ...details } = datesProblem;
      throw fail('duty.dates_invalid', message, details);
    }
    return this.db.withTransaction(async () => {
      await this.duties.lockSchoolDuties(dto.schoolId);
      const kind = dto.kind ?? 'collect';
      await this.assertNoOverlap({ ...dto, kind, endsOn: dto.endsOn ?? null });
      return this.db.tx.save(
        this.db.tx.create(CollectionDuty, {
          ...dto,
          kind,
          endsOn: dto.endsOn ?? null,
          maxIntervalDays: dto.maxIntervalDays ?? 14,
          appointedBy: user.id,
        }),
      );
    });
  }

  /** Refuses a duty whose offices another duty of the school covers in that period. */
  async assertNoOverlap(period: DutyPeriod): Promise<void> {
    const clash = await this.duties.overlappingDuty(period);
    if (clash)
      throw fail(
        'duty.overlaps',
        `Another duty of this school (${period.kind === 'carry' ? 'carrying by hand' : 'collecting'}) already covers one of these post offices in that period (duty ${clash}).`,
        { dutyId: clash },
      );
  }

  /** A teacher of the school who can collect: a switched-off account is refused by name. */
  async assertCollector(schoolId: string, teacherId: string): Promise<Staff> {
    const teacher = await this.staff.getAnyInSchool(teacherId, schoolId, ['teacher']);
    if (!teacher.active)
      throw fail(
        'duty.teacher_inactive',
        `teacherId: ${teacher.fullName}'s account is switched off; choose an active teacher.`,
        { field: 'teacherId', fullName: teacher.fullName },
      );
    return teacher;
  }

  /** The name of the teacher a duty is (or was) given to, for the audit log. */
  async teacherNameOf(dutyId: string): Promise<string> {
    const duty = await this.db.tx
      .getRepository(CollectionDuty)
      .findOne({ where: { id: dutyId }, relations: { teacher: true } });
    return duty?.teacher?.fullName ?? '';
  }

  async list(user: Principal, query: DutyQueryDto): Promise<Page<DutyView>> {
    const schoolId = schoolScope(user, query.schoolId);
    const asOf = query.asOf ?? localDate();
    const duties = await this.db.tx.getRepository(CollectionDuty).find({
      where: schoolId ? { schoolId } : {},
      relations: { teacher: true },
      order: { startsOn: 'DESC' },
    });
    const items = await Promise.all(duties.map((duty) => this.standing(duty, asOf)));
    return { items, total: items.length };
  }

  /** Every duty in force on a day, with its standing (the daily overdue check). */
  async standingsOn(asOf: string): Promise<DutyView[]> {
    const duties = await this.duties.dutiesInForceOn(asOf);
    return Promise.all(duties.map((duty) => this.standing(duty, asOf)));
  }

  async get(user: Principal, id: string): Promise<CollectionDuty> {
    const duty = await this.db.tx.getRepository(CollectionDuty).findOneBy({ id });
    if (!duty || schoolScope(user, duty.schoolId) !== duty.schoolId) throw notFound('duty', id);
    return duty;
  }

  /**
   * The duty on which the caller may record "collected" at this office at this time: the
   * appointed teacher's, or any of the school's for its deputy for upbringing or director.
   */
  async dutyInForce(user: Principal, postOfficeId: string, at: Date): Promise<CollectionDuty> {
    const duty = (await this.dutiesInForceAt(user, postOfficeId, at)).find((d) =>
      this.mayRecordFor(user, d),
    );
    if (!duty)
      throw fail(
        'scan.not_on_duty',
        'Only the collecting teacher appointed for this post office (or the deputy for upbringing or the director) records "collected" here, while the duty is in force.',
        { postOfficeId },
      );
    return duty;
  }

  /**
   * The carrying duty on which this teacher hands a by-hand packet over or takes its work back:
   * theirs, in force at the pupil's office at that time.
   */
  async carryInForce(user: Principal, postOfficeId: string, at: Date): Promise<CollectionDuty> {
    const duty = (await this.dutiesInForceAt(user, postOfficeId, at)).find(
      (d) => d.kind === 'carry' && d.teacherId === user.id,
    );
    if (!duty)
      throw fail(
        'scan.not_carrier',
        "Only the carrier appointed for this pupil's post office (or a deputy director or the director) records a by-hand packet handed over or its work taken back, while the duty is in force.",
        { postOfficeId },
      );
    return duty;
  }

  /** The caller's school's duties covering this office at this time. */
  private async dutiesInForceAt(
    user: Principal,
    postOfficeId: string,
    at: Date,
  ): Promise<CollectionDuty[]> {
    const day = localDate(at);
    const duties = await this.db.tx.getRepository(CollectionDuty).find({
      where: { schoolId: user.schoolId ?? '00000000-0000-0000-0000-000000000000' },
    });
    return duties.filter(
      (d) =>
        d.postOfficeIds.includes(postOfficeId) &&
        d.startsOn <= day &&
        (d.endsOn === null || d.endsOn >= day) &&
        (d.endedAt === null || d.endedAt > at),
    );
  }

  /** Why a packet outside a round's guard is refused: at another office, or not the school's. */
  roundRefusal(schoolId: string, packet: PacketPlaces): Error {
    return packet.schoolId === schoolId
      ? fail('scan.other_office', `Packet ${packet.code} is handed in at another post office.`, {
          reason: 'other_office',
        })
      : notFound('packet', packet.code);
  }

  private mayRecordFor(user: Principal, duty: CollectionDuty): boolean {
    const manager = ['deputy_upbringing', 'director', 'admin'].includes(user.role);
    return user.id === duty.teacherId || manager;
  }

  /** The appointed teacher records rounds; so may the school's deputy for upbringing or director. */
  assertMayRecordRound(user: Principal, duty: CollectionDuty): void {
    if (!this.mayRecordFor(user, duty))
      throw fail(
        'duty.round_forbidden',
        'Only the appointed teacher (or the deputy director) records this duty’s rounds.',
      );
  }

  async saveRound(
    user: Principal,
    duty: CollectionDuty,
    postOfficeId: string,
    collectedAt: Date,
    counts: Pick<CollectionRound, 'codesTaken' | 'codesHandedOver'>,
  ): Promise<CollectionRound> {
    return this.db.tx
      .getRepository(CollectionRound)
      .save({ dutyId: duty.id, postOfficeId, collectedAt, recordedBy: user.id, ...counts });
  }

  /** This duty and those it took over, oldest first: one run of the offices' clock. */
  private async chainOf(duty: CollectionDuty): Promise<{ id: string; starts_on: string }[]> {
    if (!duty.followsDutyId) return [{ id: duty.id, starts_on: duty.startsOn }];
    return this.duties.chainOf(duty.id);
  }

  /** The duty's standing under the two-week rule as on `asOf`. */
  async standing(duty: CollectionDuty, asOf: string): Promise<DutyView> {
    const end = endOfLocalDay(asOf);
    const chain = await this.chainOf(duty);
    const visits = await this.duties.roundsBefore(
      chain.map((d) => d.id),
      end,
    );
    const waiting = await this.duties.waitingBefore(
      duty.kind,
      duty.schoolId,
      duty.postOfficeIds,
      end,
    );
    const standing = evaluateDuty(
      {
        ...duty,
        endedOn: duty.endedAt && localDate(duty.endedAt),
        clockFrom: chain[0]?.starts_on,
      },
      visits.map((v): Visit => ({ postOfficeId: v.post_office_id, collectedAt: v.collected_at })),
      waiting.map((w): ReturnedWork => ({
        code: w.code,
        postOfficeId: w.destination_office_id,
        returnedAt: w.returned_at,
      })),
      asOf,
    );
    const { teacher, followsDuty: _followsDuty, ...fields } = duty;
    const waitingPackets = standing.offices.flatMap((office) =>
      office.waitingPackets.map((w) => ({ ...w, postOfficeId: office.postOfficeId })),
    );
    const rounds = visits
      .filter((v) => v.duty_id === duty.id)
      .map((v) => ({
        postOfficeId: v.post_office_id,
        collectedAt: v.collected_at,
        codesTaken: v.codes_taken,
        codesHandedOver: v.codes_handed_over,
      }));
    return {
      ...fields,
      ...standing,
      teacherName: teacher?.fullName ?? '',
      waitingPackets,
      rounds,
      toBringIn:
        duty.kind === 'carry'
          ? (await this.duties.toBringIn(duty.schoolId, duty.postOfficeIds)).length
          : 0,
      asOf,
    };
  }
}
