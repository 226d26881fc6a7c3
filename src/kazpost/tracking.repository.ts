import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { PacketEvent } from '@/packets/packet-lifecycle';
import { PacketStatus } from '@/packets/packet-status';
import { KazpostOperation } from './kazpost-answer';
import { DisagreementKind } from './kazpost-decisions';
import { KazpostDisagreement } from './kazpost-disagreement.entity';
import { KazpostTracking } from './kazpost-tracking.entity';
import { TrackedPacket } from './packet-tracker';
import { checkInterval, nextCheckAt, TRACKED_STATUSES } from './tracking-schedule';

/** A packet's return date this many days gone, Kazpost is no longer asked about it. */
const GIVE_UP_DAYS = 30;

/**
 * Kazpost tracking's SQL: when each packet in the postal part of its journey is asked about,
 * and what Kazpost said that we could not record.
 */
@Injectable()
export class TrackingRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Packets in the postal part whose check is due (never one carried by hand), longest waiting first; a packet never asked
   * about is due from when it was made. Nothing is locked: scans go on meanwhile.
   */
  findDue(now: Date, limit: number): Promise<TrackedPacket[]> {
    return this.db.tx.query<TrackedPacket[]>(
      `SELECT p.id, p.code, o.postcode AS "deliveryPostcode",
              p.origin_office_id AS "originOfficeId", p.destination_office_id AS "destinationOfficeId"
         FROM packets p
         JOIN post_offices o ON o.id = p.destination_office_id
         LEFT JOIN kazpost_tracking t ON t.packet_id = p.id
        WHERE p.status = ANY($3::packet_status[]) AND NOT p.by_hand
          AND p.return_due_on >= ($1::timestamptz AT TIME ZONE 'Asia/Almaty')::date - $4::int
          AND COALESCE(t.next_check_at, p.created_at) <= $1
        ORDER BY COALESCE(t.next_check_at, p.created_at)
        LIMIT $2`,
      [now, limit, TRACKED_STATUSES, GIVE_UP_DAYS],
    );
  }

  /** A good check: the next is set by where the packet now is. */
  async checked(packetId: string, now: Date): Promise<void> {
    const [packet] = await this.db.tx.query<{ status: PacketStatus; updated_at: Date }[]>(
      'SELECT status, updated_at FROM packets WHERE id = $1',
      [packetId],
    );
    if (!packet) return;
    const next = nextCheckAt(packetId, checkInterval(packet.status, packet.updated_at, now), now);
    await this.db.tx.query(
      `INSERT INTO kazpost_tracking (packet_id, next_check_at, last_checked_at, failures)
       VALUES ($1, $2, $3, 0)
       ON CONFLICT (packet_id) DO UPDATE
         SET next_check_at = EXCLUDED.next_check_at, last_checked_at = EXCLUDED.last_checked_at,
             failures = 0`,
      [packetId, next, now],
    );
  }

  /** A garbled answer about this packet: asked again later, later with each failure. */
  async failedCheck(
    packetId: string,
    now: Date,
    delay: (failures: number) => number,
  ): Promise<void> {
    const [{ failures }] = await this.db.tx.query<{ failures: number }[]>(
      `INSERT INTO kazpost_tracking (packet_id, next_check_at, last_checked_at, failures)
       VALUES ($1, $2, $2, 1)
       ON CONFLICT (packet_id) DO UPDATE
         SET failures = kazpost_tracking.failures + 1, last_checked_at = EXCLUDED.last_checked_at
       RETURNING failures`,
      [packetId, now],
    );
    await this.db.tx.query('UPDATE kazpost_tracking SET next_check_at = $2 WHERE packet_id = $1', [
      packetId,
      new Date(now.getTime() + delay(failures)),
    ]);
  }

  /** Packets Kazpost is being asked about now. */
  async countTracked(now: Date): Promise<number> {
    const [{ count }] = await this.db.tx.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM packets
        WHERE status = ANY($2::packet_status[]) AND NOT by_hand
          AND return_due_on >= ($1::timestamptz AT TIME ZONE 'Asia/Almaty')::date - $3::int`,
      [now, TRACKED_STATUSES, GIVE_UP_DAYS],
    );
    return count;
  }

  /**
   * Kazpost's step that disagrees with ours, kept once per Kazpost operation whatever the
   * re-checks, with our status at the time; 1 when it is new.
   */
  async recordDisagreement(
    packetId: string,
    operation: KazpostOperation,
    found: { disagreement: DisagreementKind; event: PacketEvent },
  ): Promise<number> {
    const rows = await this.db.tx.query<unknown[]>(
      `INSERT INTO kazpost_disagreements
              (packet_id, kind, event, operation, occurred_at, postcode, office_name, our_status)
       SELECT id, $2, $3, $4, $5, $6, $7, status FROM packets WHERE id = $1
       ON CONFLICT (packet_id, operation, occurred_at) DO NOTHING
       RETURNING id`,
      [
        packetId,
        found.disagreement,
        found.event,
        operation.code,
        operation.occurredAt,
        operation.postcode,
        operation.officeName,
      ],
    );
    return rows.length;
  }

  /** Our office with Kazpost's postcode, when we list it: the packet's own offices first. */
  async officeWithPostcode(postcode: string, packet: TrackedPacket): Promise<string | null> {
    const [office] = await this.db.tx.query<{ id: string }[]>(
      `SELECT id FROM post_offices WHERE postcode = $1
        ORDER BY id = $2 DESC, id = $3 DESC, created_at LIMIT 1`,
      [postcode, packet.destinationOfficeId, packet.originOfficeId],
    );
    return office?.id ?? null;
  }

  trackingOf(packetId: string): Promise<KazpostTracking | null> {
    return this.db.tx.getRepository(KazpostTracking).findOneBy({ packetId });
  }

  /** What Kazpost said of the packet that we did not record, oldest first. */
  disagreementsOf(packetId: string): Promise<KazpostDisagreement[]> {
    return this.db.tx
      .getRepository(KazpostDisagreement)
      .find({ where: { packetId }, order: { occurredAt: 'ASC' } });
  }
}
