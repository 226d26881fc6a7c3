import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FINAL_STEPS } from '@/packets/journey';
import { Packet } from '@/packets/packet.entity';
import { StatusCount } from './dispatch.view';

/** A dispatch of some of the cases to the class, still under way. */
export interface EarlierDispatch {
  id: string;
  createdAt: Date;
  caseIds: string[];
}

/** The dispatches' SQL beyond what their entities' repositories say. */
@Injectable()
export class DispatchesRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** Locks the classes until the transaction ends, in one order so no two sends deadlock. */
  async lockClasses(classIds: string[]): Promise<void> {
    for (const id of [...new Set(classIds)].sort())
      await this.db.tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `dispatch-class:${id}`,
      ]);
  }

  /**
   * The class's latest dispatch of any of these cases with a packet still under way (a packet
   * at a final step has finished its journey).
   */
  async latestUnderWay(classId: string, caseIds: string[]): Promise<EarlierDispatch | undefined> {
    const [earlier] = await this.db.tx.query<EarlierDispatch[]>(
      `SELECT d.id, d.created_at AS "createdAt", d.case_ids AS "caseIds"
         FROM dispatches d
        WHERE d.class_id = $1 AND d.case_ids && $2::uuid[]
          AND EXISTS (SELECT 1 FROM packets p
                       WHERE p.dispatch_id = d.id AND p.status <> ALL($3::packet_status[]))
        ORDER BY d.created_at DESC
        LIMIT 1`,
      [classId, caseIds, FINAL_STEPS],
    );
    return earlier;
  }

  /** Each dispatch's packets counted by status. */
  statusCounts(dispatchIds: string[]): Promise<(StatusCount & { dispatchId: string })[]> {
    return this.db.tx
      .getRepository(Packet)
      .createQueryBuilder('p')
      .select('p.dispatch_id', 'dispatchId')
      .addSelect('p.status', 'status')
      .addSelect('count(*)::int', 'count')
      .where('p.dispatch_id = ANY(:dispatchIds)', { dispatchIds })
      .groupBy('p.dispatch_id')
      .addGroupBy('p.status')
      .getRawMany<StatusCount & { dispatchId: string }>();
  }

  async countEvents(packetIds: string[]): Promise<number> {
    const [{ events }] = await this.db.tx.query<{ events: number }[]>(
      `SELECT count(*)::int AS events FROM packet_events WHERE packet_id = ANY($1::uuid[])`,
      [packetIds],
    );
    return events;
  }

  /** The feedback these packets would have printed waits for the pupils' next packets again. */
  async unsendFeedback(packetIds: string[]): Promise<void> {
    await this.db.tx.query(
      `UPDATE case_reviews SET feedback_packet_id = NULL WHERE feedback_packet_id = ANY($1::uuid[])`,
      [packetIds],
    );
  }

  /** Locks the dispatch row until the transaction ends. */
  async lock(dispatchId: string): Promise<void> {
    await this.db.tx.query('SELECT id FROM dispatches WHERE id = $1 FOR UPDATE', [dispatchId]);
  }

  async lastListNo(dispatchId: string): Promise<number> {
    const [{ max }] = await this.db.tx.query<{ max: number }[]>(
      'SELECT max(list_no) AS max FROM packets WHERE dispatch_id = $1',
      [dispatchId],
    );
    return max;
  }
}
