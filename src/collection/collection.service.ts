import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
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
import { uncorrected } from '@/packets/corrections-sql';

@Injectable()
export class CollectionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
    private readonly offices: PostOfficesService,
  ) {}

  async appoint(user: Principal, dto: CreateDutyDto): Promise<CollectionDuty> {
    assertMayWriteSchool(user, dto.schoolId);
    await this.staff.getInSchool(dto.teacherId, dto.schoolId, ['teacher']);
    for (const id of dto.postOfficeIds) await this.offices.get(id);
    const datesProblem = dutyDatesProblem(dto.startsOn, dto.endsOn);
    if (datesProblem) throw fail('duty.dates_invalid', datesProblem);
    return this.dataSource.transaction(async (manager) => {
      // One school's duties are checked under a lock, so two appointments cannot both pass.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duty:${dto.schoolId}`]);
      const [clash] = await manager.query<{ id: string }[]>(
        `SELECT id FROM collection_duties
          WHERE school_id = $1 AND post_office_ids && $2::uuid[]
            AND starts_on <= COALESCE($4::date, 'infinity'::date) AND COALESCE(ends_on, 'infinity'::date) >= $3::date
          LIMIT 1`,
        [dto.schoolId, dto.postOfficeIds, dto.startsOn, dto.endsOn ?? null],
      );
      if (clash)
        throw fail(
          'duty.overlaps',
          `Another duty of this school already covers one of these post offices in that period (duty ${clash.id}).`,
          { dutyId: clash.id },
        );
      return manager.save(
        manager.create(CollectionDuty, {
          ...dto,
          endsOn: dto.endsOn ?? null,
          maxIntervalDays: dto.maxIntervalDays ?? 14,
          appointedBy: user.id,
        }),
      );
    });
  }

  async list(user: Principal, query: DutyQueryDto): Promise<Page<DutyView>> {
    const schoolId = schoolScope(user, query.schoolId);
    const asOf = query.asOf ?? localDate();
    const duties = await this.dataSource.getRepository(CollectionDuty).find({
      where: schoolId ? { schoolId } : {},
      relations: { teacher: true },
      order: { startsOn: 'DESC' },
    });
    const items = await Promise.all(duties.map((duty) => this.standing(duty, asOf)));
    return { items, total: items.length };
  }

  /** Every duty in force on a day, with its standing (the daily overdue check). */
  async standingsOn(asOf: string): Promise<DutyView[]> {
    const duties = await this.dataSource
      .getRepository(CollectionDuty)
      .createQueryBuilder('duty')
      .leftJoinAndSelect('duty.teacher', 'teacher')
      .where('duty.starts_on <= :asOf AND (duty.ends_on IS NULL OR duty.ends_on >= :asOf)', {
        asOf,
      })
      .getMany();
    return Promise.all(duties.map((duty) => this.standing(duty, asOf)));
  }

  async get(user: Principal, id: string): Promise<CollectionDuty> {
    const duty = await this.dataSource.getRepository(CollectionDuty).findOneBy({ id });
    if (!duty || schoolScope(user, duty.schoolId) !== duty.schoolId) throw notFound('duty', id);
    return duty;
  }

  /**
   * The duty on which the caller may record "collected" at this office at this time: the
   * appointed teacher's, or any of the school's for its deputy for upbringing or director.
   */
  async dutyInForce(user: Principal, postOfficeId: string, at: Date): Promise<CollectionDuty> {
    const day = localDate(at);
    const duties = await this.dataSource.getRepository(CollectionDuty).find({
      where: { schoolId: user.schoolId ?? '00000000-0000-0000-0000-000000000000' },
    });
    const duty = duties.find(
      (d) =>
        d.postOfficeIds.includes(postOfficeId) &&
        d.startsOn <= day &&
        (d.endsOn === null || d.endsOn >= day) &&
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
    codesTaken: number,
  ): Promise<CollectionRound> {
    return this.dataSource
      .getRepository(CollectionRound)
      .save({ dutyId: duty.id, postOfficeId, collectedAt, recordedBy: user.id, codesTaken });
  }

  private async standing(duty: CollectionDuty, asOf: string): Promise<DutyView> {
    const end = endOfLocalDay(asOf);
    const visits = await this.dataSource.query<
      { post_office_id: string; collected_at: Date; codes_taken: number }[]
    >(
      `SELECT post_office_id, collected_at, codes_taken FROM collection_rounds
        WHERE duty_id = $1 AND collected_at < $2 ORDER BY collected_at`,
      [duty.id, end],
    );
    const waiting = await this.dataSource.query<
      { code: string; destination_office_id: string; returned_at: Date }[]
    >(
      `SELECT p.code, p.destination_office_id, r.occurred_at AS returned_at
         FROM packets p
         JOIN packet_events r ON r.packet_id = p.id AND r.event = 'return_received' AND r.occurred_at < $3
                              AND ${uncorrected('r')}
        WHERE p.school_id = $1 AND p.destination_office_id = ANY($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM packet_events c WHERE c.packet_id = p.id AND c.event IN ('collected', 'lost')
                                                         AND c.occurred_at < $3 AND ${uncorrected('c')})`,
      [duty.schoolId, duty.postOfficeIds, end],
    );
    const standing = evaluateDuty(
      duty,
      visits.map((v): Visit => ({ postOfficeId: v.post_office_id, collectedAt: v.collected_at })),
      waiting.map((w): ReturnedWork => ({
        code: w.code,
        postOfficeId: w.destination_office_id,
        returnedAt: w.returned_at,
      })),
      asOf,
    );
    const { teacher, ...fields } = duty;
    const waitingPackets = standing.offices.flatMap((office) =>
      office.waitingPackets.map((w) => ({ ...w, postOfficeId: office.postOfficeId })),
    );
    const rounds = visits.map((v) => ({
      postOfficeId: v.post_office_id,
      collectedAt: v.collected_at,
      codesTaken: v.codes_taken,
    }));
    return {
      ...fields,
      ...standing,
      teacherName: teacher?.fullName ?? '',
      waitingPackets,
      rounds,
      asOf,
    };
  }
}
