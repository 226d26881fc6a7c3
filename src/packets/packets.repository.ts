import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { KAZAKH_ORDER } from '@/common/collation';
import { containsPattern } from '@/common/like-pattern';
import { uncorrected } from './corrections-sql';
import { PacketEvent } from './packet-lifecycle';
import { Packet } from './packet.entity';
import { PacketStatus } from './packet-status';
import { standingFrom } from './scan-correction';
import { WaitingItem } from './waiting.view';

/** What the packet list may be narrowed to. */
export interface PacketFilter {
  schoolId?: string;
  status?: PacketStatus;
  classId?: string;
  subjectCode?: string;
  /** Part of the pupil's name. */
  search?: string;
  /** Subjects to put first (a teacher's own). */
  ownSubjects: string[];
  limit: number;
  offset: number;
}

/** An event that still counts, as a correction reads it. */
export interface CountedEventRow {
  id: string;
  event: PacketEvent;
  post_office_id: string | null;
  occurred_at: Date;
}

export type WaitingRow = Omit<WaitingItem, 'waitingDays'> & { since: Date };

/** The packets' SQL beyond what their entity's repository says: lists, the office's shelf, corrections. */
@Injectable()
export class PacketsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** By class (grade, then letter), then pupils in Kazakh alphabetical order, as the class list. */
  findPage(filter: PacketFilter): Promise<[Packet[], number]> {
    const builder = this.db.tx
      .getRepository(Packet)
      .createQueryBuilder('p')
      .select(['p.code', 'p.status', 'p.classId', 'p.returnDueOn', 'p.snapshot'])
      .take(filter.limit)
      .skip(filter.offset);
    if (filter.schoolId) builder.andWhere('p.schoolId = :schoolId', { schoolId: filter.schoolId });
    if (filter.status) builder.andWhere('p.status = :status', { status: filter.status });
    if (filter.classId) builder.andWhere('p.classId = :classId', { classId: filter.classId });
    if (filter.subjectCode)
      builder.andWhere(':subject = ANY (p.subject_codes)', { subject: filter.subjectCode });
    if (filter.search)
      builder.andWhere(`p.snapshot -> 'student' ->> 'fullName' ILIKE :pattern`, {
        pattern: containsPattern(filter.search),
      });
    if (filter.ownSubjects.length > 0)
      builder
        .addOrderBy('p.subject_codes && CAST(:own AS varchar[])', 'DESC')
        .setParameter('own', filter.ownSubjects);
    builder
      .addOrderBy(`(p.snapshot -> 'schoolClass' ->> 'grade')::int`)
      .addOrderBy(`p.snapshot -> 'schoolClass' ->> 'letter' ${KAZAKH_ORDER}`)
      .addOrderBy('p.classId')
      .addOrderBy(`p.snapshot -> 'student' ->> 'fullName' ${KAZAKH_ORDER}`)
      .addOrderBy('p.createdAt')
      .addOrderBy('p.listNo');
    return builder.getManyAndCount();
  }

  /**
   * At the office: packets arrived and not yet handed to the pupil, and completed work handed
   * in and not yet collected, each since the event that put it there; the longest waiting first.
   */
  waitingAt(officeId: string): Promise<WaitingRow[]> {
    return this.db.tx.query<WaitingRow[]>(
      `SELECT p.code, p.status,
              p.snapshot -> 'student' ->> 'fullName' AS "recipientName",
              concat(p.snapshot -> 'schoolClass' ->> 'grade', ' ', p.snapshot -> 'schoolClass' ->> 'letter') AS "classLabel",
              p.snapshot -> 'school' ->> 'name' AS "schoolName",
              (SELECT max(e.occurred_at) FROM packet_events e
                WHERE e.packet_id = p.id AND e.event::text = p.status::text
                  AND ${uncorrected('e')}) AS since
         FROM packets p
        WHERE p.destination_office_id = $1 AND p.status IN ('arrived', 'return_received')
        ORDER BY since`,
      [officeId],
    );
  }

  /** The packet's status, its row locked until the transaction ends. */
  async lockStatus(packetId: string): Promise<PacketStatus> {
    await this.db.tx.query('SELECT id FROM packets WHERE id = $1 FOR UPDATE', [packetId]);
    const [current] = await this.db.tx.query<{ status: PacketStatus }[]>(
      'SELECT status FROM packets WHERE id = $1',
      [packetId],
    );
    return current.status;
  }

  /** The events that still count, in the order they happened. */
  countedEvents(packetId: string): Promise<CountedEventRow[]> {
    return this.db.tx.query<CountedEventRow[]>(
      `SELECT e.id, e.event, e.post_office_id, e.occurred_at FROM packet_events e
        WHERE e.packet_id = $1 AND ${uncorrected('e')} ORDER BY e.occurred_at, e.recorded_at`,
      [packetId],
    );
  }

  /** The packet put where its remaining events put it. */
  async setStanding(packetId: string, standing: ReturnType<typeof standingFrom>): Promise<void> {
    await this.db.tx.query(
      `UPDATE packets SET status = $2, delivered_at = $3, returned_at = $4, collected_at = $5,
              reviewed_at = $6, ended_at = $7, updated_at = now() WHERE id = $1`,
      [
        packetId,
        standing.status,
        standing.steps.delivered_at,
        standing.steps.returned_at,
        standing.steps.collected_at,
        standing.steps.reviewed_at,
        standing.steps.ended_at,
      ],
    );
  }

  /**
   * The S10 counter of the service indicator, created or moved forward to the allotted range
   * (a newly allotted range moves it forward, never back), its row locked until the
   * transaction ends.
   */
  async lockSerialCounter(
    indicator: string,
    firstSerial: number,
    lastSerial: number,
  ): Promise<{ next_serial: number; last_serial: number }> {
    const [counter] = await this.db.tx.query<{ next_serial: number; last_serial: number }[]>(
      `INSERT INTO s10_counters (service_indicator, next_serial, last_serial) VALUES ($1, $2, $3)
       ON CONFLICT (service_indicator) DO UPDATE
         SET next_serial = GREATEST(s10_counters.next_serial, EXCLUDED.next_serial), last_serial = EXCLUDED.last_serial
       RETURNING next_serial, last_serial`,
      [indicator, firstSerial, lastSerial],
    );
    return counter;
  }

  async advanceSerialCounter(indicator: string, count: number): Promise<void> {
    await this.db.tx.query(
      `UPDATE s10_counters SET next_serial = next_serial + $2 WHERE service_indicator = $1`,
      [indicator, count],
    );
  }

  async nextSerial(indicator: string): Promise<number | undefined> {
    const [counter] = await this.db.tx.query<{ next_serial: number }[]>(
      `SELECT next_serial FROM s10_counters WHERE service_indicator = $1`,
      [indicator],
    );
    return counter?.next_serial;
  }

  async countMadeSince(schoolId: string, since: Date): Promise<number> {
    const [{ used }] = await this.db.tx.query<{ used: number }[]>(
      `SELECT count(*)::int AS used FROM packets WHERE school_id = $1 AND created_at >= $2`,
      [schoolId, since],
    );
    return used;
  }
}
