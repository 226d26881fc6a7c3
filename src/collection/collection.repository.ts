import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { KAZAKH_ORDER } from '@/common/collation';
import { SCHOOL_TIME_ZONE } from '@/common/dates';
import { uncorrected } from '@/packets/corrections-sql';
import { PacketStatus } from '@/packets/packet-status';
import { CollectionDuty } from './collection-duty.entity';
import { BRING_IN, DutyKind, ROUND_EVENT, WAITING_FROM } from './duty-kind';

export interface DutyPeriod {
  schoolId: string;
  kind: DutyKind;
  postOfficeIds: string[];
  startsOn: string;
  endsOn: string | null;
}

/** A round at one of a duty's offices. */
export interface RoundRow {
  duty_id: string;
  post_office_id: string;
  collected_at: Date;
  codes_taken: number;
  codes_handed_over: number;
}

/** A piece of work handed in at an office and not yet collected (or lost). */
export interface WaitingRow {
  code: string;
  destination_office_id: string;
  returned_at: Date;
}

/** Work taken back from a family, to bring into school. */
export interface BringInRow {
  code: string;
  destination_office_id: string;
}

/** A by-hand packet still to hand over or to take the work back from. */
export interface CarryRow {
  code: string;
  status: PacketStatus;
  destination_office_id: string;
  pupil_name: string;
  class_label: string;
  address: string;
  guardian_name: string;
  guardian_phone: string;
  return_due_on: string;
}

/** The collection feature's SQL: duties, rounds and the works they collect. */
@Injectable()
export class CollectionRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** One school's duties are changed under a lock, so two appointments cannot both pass. */
  async lockSchoolDuties(schoolId: string): Promise<void> {
    await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duty:${schoolId}`]);
  }

  /**
   * The first duty of the school and kind covering one of these offices in the period, if any
   * (a carrier and a collecting teacher may share an office's villages). A duty
   * ended early covers its days up to the one before it was ended, so the teacher it was handed
   * to may start that same day.
   */
  async overlappingDuty(period: DutyPeriod): Promise<string | undefined> {
    const [clash] = await this.db.tx.query<{ id: string }[]>(
      `SELECT id FROM collection_duties
        WHERE school_id = $1 AND post_office_ids && $2::uuid[] AND kind = $6::duty_kind
          AND starts_on <= COALESCE($4::date, 'infinity'::date)
          AND LEAST(COALESCE(ends_on, 'infinity'::date),
                    COALESCE((ended_at AT TIME ZONE $5)::date - 1, 'infinity'::date)) >= $3::date
        LIMIT 1`,
      [
        period.schoolId,
        period.postOfficeIds,
        period.startsOn,
        period.endsOn,
        SCHOOL_TIME_ZONE,
        period.kind,
      ],
    );
    return clash?.id;
  }

  /** Every duty in force on a day, with its teacher. */
  dutiesInForceOn(asOf: string): Promise<CollectionDuty[]> {
    return this.db.tx
      .getRepository(CollectionDuty)
      .createQueryBuilder('duty')
      .leftJoinAndSelect('duty.teacher', 'teacher')
      .where('duty.starts_on <= :asOf AND (duty.ends_on IS NULL OR duty.ends_on >= :asOf)', {
        asOf,
      })
      .getMany();
  }

  /** This duty and those it took over, oldest first: one run of the offices' clock. */
  chainOf(dutyId: string): Promise<{ id: string; starts_on: string }[]> {
    return this.db.tx.query(
      `WITH RECURSIVE chain AS (
         SELECT id, follows_duty_id, starts_on FROM collection_duties WHERE id = $1
         UNION ALL
         SELECT d.id, d.follows_duty_id, d.starts_on
           FROM collection_duties d JOIN chain c ON d.id = c.follows_duty_id)
       SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on FROM chain ORDER BY starts_on`,
      [dutyId],
    );
  }

  /** The rounds of these duties before `end`, oldest first. */
  roundsBefore(dutyIds: string[], end: Date): Promise<RoundRow[]> {
    return this.db.tx.query<RoundRow[]>(
      `SELECT duty_id, post_office_id, collected_at, codes_taken, codes_handed_over FROM collection_rounds
        WHERE duty_id = ANY($1::uuid[]) AND collected_at < $2 ORDER BY collected_at`,
      [dutyIds, end],
    );
  }

  /**
   * The school's work waiting for the duty at these offices before `end`, not taken (or lost)
   * by then: handed in at the office (collect), or a by-hand packet with the family (carry).
   */
  waitingBefore(
    kind: DutyKind,
    schoolId: string,
    officeIds: string[],
    end: Date,
  ): Promise<WaitingRow[]> {
    return this.db.tx.query<WaitingRow[]>(
      `SELECT p.code, p.destination_office_id, r.occurred_at AS returned_at
         FROM packets p
         JOIN packet_events r ON r.packet_id = p.id AND r.event = $4::packet_event AND r.occurred_at < $3
                              AND ${uncorrected('r')}
        WHERE p.school_id = $1 AND p.destination_office_id = ANY($2::uuid[])
          AND NOT EXISTS (SELECT 1 FROM packet_events c
                           WHERE c.packet_id = p.id AND c.event IN ($5::packet_event, 'lost')
                             AND c.occurred_at < $3 AND ${uncorrected('c')})`,
      [schoolId, officeIds, end, WAITING_FROM[kind], ROUND_EVENT[kind]],
    );
  }

  /**
   * The school's by-hand packets at these offices not yet handed over, or handed over and their
   * work not yet taken back: by office, then class, then name in Kazakh order.
   */
  toCarry(schoolId: string, officeIds: string[]): Promise<CarryRow[]> {
    return this.db.tx.query<CarryRow[]>(
      `SELECT p.code, p.status, p.destination_office_id,
              p.snapshot->'student'->>'fullName' AS pupil_name,
              (p.snapshot->'schoolClass'->>'grade') || ' ' || (p.snapshot->'schoolClass'->>'letter') AS class_label,
              p.snapshot->'student'->>'address' AS address,
              p.snapshot->'student'->>'guardianName' AS guardian_name,
              p.snapshot->'student'->>'guardianPhone' AS guardian_phone,
              to_char(p.return_due_on, 'YYYY-MM-DD') AS return_due_on
         FROM packets p
        WHERE p.school_id = $1 AND p.by_hand AND p.destination_office_id = ANY($2::uuid[])
          AND p.status IN ('created', 'handed_over')
        ORDER BY p.destination_office_id, (p.snapshot->'schoolClass'->>'grade')::int,
                 p.snapshot->'schoolClass'->>'letter' ${KAZAKH_ORDER},
                 p.snapshot->'student'->>'fullName' ${KAZAKH_ORDER}, p.code`,
      [schoolId, officeIds],
    );
  }

  /**
   * The school's by-hand packets at these offices whose work the carrier took back and has not
   * yet brought into school; `lock`: so two sends cannot both bring them in.
   */
  toBringIn(schoolId: string, officeIds: string[], lock = false): Promise<BringInRow[]> {
    return this.db.tx.query<BringInRow[]>(
      `SELECT p.code, p.destination_office_id
         FROM packets p
        WHERE p.school_id = $1 AND p.by_hand AND p.destination_office_id = ANY($2::uuid[])
          AND p.status = $3::packet_status
        ORDER BY p.code${lock ? ' FOR UPDATE' : ''}`,
      [schoolId, officeIds, BRING_IN.from],
    );
  }
}
