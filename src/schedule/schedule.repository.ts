import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ScheduledPacketCase } from './scheduled-packet-case.entity';
import { ScheduledPacket } from './scheduled-packet.entity';

/** A case in a scheduled packet, with what the load and the lists need of it. */
export interface PacketCaseRow {
  scheduledPacketId: string;
  id: string;
  subjectCode: string;
  topic: string;
  estimatedMinutes: number;
  addedBy: string;
}

/** The timetable's SQL. */
@Injectable()
export class ScheduleRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  packet(id: string): Promise<ScheduledPacket | null> {
    return this.db.tx.getRepository(ScheduledPacket).findOne({
      where: { id },
      relations: { schoolClass: true },
    });
  }

  /** Holds the packet's row until the transaction ends: two changes of one packet take turns. */
  async lock(id: string): Promise<void> {
    await this.db.tx.query(`SELECT 1 FROM scheduled_packets WHERE id = $1 FOR UPDATE`, [id]);
  }

  /** The school's packets going out on or after `from`, in date then class order. */
  upcoming(schoolId: string, from: string, classId?: string): Promise<ScheduledPacket[]> {
    return this.db.tx
      .getRepository(ScheduledPacket)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.schoolClass', 'c')
      .where('p.schoolId = :schoolId AND p.goesOutOn >= :from', { schoolId, from })
      .andWhere('(CAST(:classId AS uuid) IS NULL OR p.classId = :classId)', {
        classId: classId ?? null,
      })
      .orderBy('p.goesOutOn')
      .addOrderBy('c.grade')
      .addOrderBy('c.letter')
      .getMany();
  }

  /** Which of these classes already have a packet going out on one of these dates. */
  async taken(
    classIds: string[],
    dates: string[],
  ): Promise<{ classId: string; goesOutOn: string }[]> {
    return this.db.tx.query(
      `SELECT class_id AS "classId", to_char(goes_out_on, 'YYYY-MM-DD') AS "goesOutOn"
         FROM scheduled_packets
        WHERE class_id = ANY($1::uuid[]) AND goes_out_on = ANY($2::date[])
        ORDER BY goes_out_on`,
      [classIds, dates],
    );
  }

  /** The cases of these packets, in the order they were added. */
  casesOf(packetIds: string[]): Promise<PacketCaseRow[]> {
    if (packetIds.length === 0) return Promise.resolve([]);
    return this.db.tx.query(
      `SELECT s.scheduled_packet_id AS "scheduledPacketId", c.id, c.subject_code AS "subjectCode",
              c.topic, c.estimated_minutes AS "estimatedMinutes", s.added_by AS "addedBy"
         FROM scheduled_packet_cases s JOIN lesson_cases c ON c.id = s.case_id
        WHERE s.scheduled_packet_id = ANY($1::uuid[])
        ORDER BY s.added_at, c.subject_code`,
      [packetIds],
    );
  }

  link(scheduledPacketId: string, caseId: string): Promise<ScheduledPacketCase | null> {
    return this.db.tx.getRepository(ScheduledPacketCase).findOneBy({ scheduledPacketId, caseId });
  }
}
