import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { conflict, notFound } from '@/common/errors/domain-error';
import { initialsOf, PacketBrief } from './packet-brief';
import { decideTransition, PacketEvent, UndeliverableReason } from './packet-lifecycle';
import { PacketStatus } from './packet-status';

export interface EventInput {
  code: string;
  event: PacketEvent;
  actorId: string;
  postOfficeId: string | null;
  occurredAt: Date;
  clientId?: string;
  reason?: UndeliverableReason;
}

/** The locked packet row an authorisation check looks at. */
export interface LockedPacket {
  id: string;
  code: string;
  status: PacketStatus;
  schoolId: string;
  originOfficeId: string;
  destinationOfficeId: string;
}

export interface EventView {
  id: string;
  event: PacketEvent;
  reason: UndeliverableReason | null;
  postOfficeId: string | null;
  actorId: string;
  occurredAt: Date;
  recordedAt: Date;
  clientId: string | null;
}

export interface EventResult {
  transition: 'applied' | 'duplicate';
  packet: PacketBrief;
  event: EventView;
}

interface PacketRow {
  id: string;
  code: string;
  status: PacketStatus;
  school_id: string;
  origin_office_id: string;
  destination_office_id: string;
  return_due_on: string;
  full_name: string;
  grade: number;
  letter: string;
}

interface EventRow {
  id: string;
  event: PacketEvent;
  reason: UndeliverableReason | null;
  post_office_id: string | null;
  actor_id: string;
  occurred_at: Date;
  recorded_at: Date;
  client_id: string | null;
}

const EVENT_COLUMNS =
  'id, event, reason, post_office_id, actor_id, occurred_at, recorded_at, client_id';

/**
 * Applies one event to one packet: the packet row is locked for the whole decision, so
 * concurrent copies of the same scan apply once and the rest answer "duplicate".
 */
@Injectable()
export class PacketEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  apply(input: EventInput, authorize: (packet: LockedPacket) => void): Promise<EventResult> {
    return this.dataSource.transaction((manager) => this.applyIn(manager, input, authorize));
  }

  async history(packetId: string): Promise<EventView[]> {
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = $1 ORDER BY occurred_at, recorded_at`,
      [packetId],
    );
    return rows.map(toView);
  }

  private async applyIn(
    manager: EntityManager,
    input: EventInput,
    authorize: (packet: LockedPacket) => void,
  ): Promise<EventResult> {
    const [row] = await manager.query<PacketRow[]>(
      `SELECT id, code, status, school_id, origin_office_id, destination_office_id, to_char(return_due_on, 'YYYY-MM-DD') AS return_due_on,
              snapshot->'student'->>'fullName' AS full_name, (snapshot->'schoolClass'->>'grade')::int AS grade, snapshot->'schoolClass'->>'letter' AS letter
         FROM packets WHERE code = $1 FOR UPDATE`,
      [input.code],
    );
    if (!row) throw notFound('Packet', input.code);
    authorize({
      id: row.id,
      code: row.code,
      status: row.status,
      schoolId: row.school_id,
      originOfficeId: row.origin_office_id,
      destinationOfficeId: row.destination_office_id,
    });
    const past = await manager.query<EventRow[]>(
      `SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = $1`,
      [row.id],
    );
    const resent = input.clientId ? past.find((e) => e.client_id === input.clientId) : undefined;
    const transition = resent
      ? { kind: 'duplicate' as const }
      : decideTransition(
          row.status,
          input.event,
          past.map((e) => e.event),
        );
    if (transition.kind === 'illegal') {
      throw conflict(`Packet ${row.code} is ${row.status}; "${input.event}" cannot follow that.`, {
        reason: 'illegal_transition',
        status: row.status,
      });
    }
    if (transition.kind === 'duplicate') {
      // A duplicate means the client id or the event is already in the history.
      const earlier = resent ?? past.find((e) => e.event === input.event);
      return { transition: 'duplicate', packet: brief(row, row.status), event: toView(earlier as EventRow) };
    }
    const [inserted] = await manager.query<EventRow[]>(
      `INSERT INTO packet_events (packet_id, event, reason, post_office_id, actor_id, occurred_at, client_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${EVENT_COLUMNS}`,
      [
        row.id,
        input.event,
        input.reason ?? null,
        input.postOfficeId,
        input.actorId,
        input.occurredAt,
        input.clientId ?? null,
      ],
    );
    await manager.query(`UPDATE packets SET status = $2, updated_at = now() WHERE id = $1`, [
      row.id,
      transition.next,
    ]);
    return { transition: 'applied', packet: brief(row, transition.next), event: toView(inserted) };
  }
}

function brief(row: PacketRow, status: PacketStatus): PacketBrief {
  return {
    code: row.code,
    status,
    pupilInitials: initialsOf(row.full_name),
    classLabel: `${row.grade} ${row.letter}`,
    returnDueOn: row.return_due_on,
  };
}

function toView(row: EventRow): EventView {
  return {
    id: row.id,
    event: row.event,
    reason: row.reason,
    postOfficeId: row.post_office_id,
    actorId: row.actor_id,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    clientId: row.client_id,
  };
}
