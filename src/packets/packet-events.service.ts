import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { conflict, notFound } from '@/common/errors/domain-error';
import { initialsOf, PacketBrief } from './packet-brief';
import {
  decideTransition,
  PacketEvent,
  stepsReachedBy,
  UndeliverableReason,
} from './packet-lifecycle';
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

/** Where a packet belongs: what an authorisation check looks at. */
export interface PacketPlaces {
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
  events: EventRow[];
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
const MAX_ATTEMPTS = 5;

type Runner = <T>(text: string, values: unknown[]) => Promise<T>;

/**
 * Applies one event to one packet. The decision is made on a fresh read; the write is one
 * statement that updates the packet only if its status is still the one read (taking the
 * row lock) and records the event in the same statement. A scan that lost a race to a
 * concurrent one reads again, so copies of the same scan apply once and the rest answer
 * "duplicate". Two round trips per scan, no transaction held open across them.
 */
@Injectable()
export class PacketEventsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The scan path's two statements as named prepared statements straight on the pool:
   * PostgreSQL plans them once per connection instead of once per scan.
   */
  private readonly prepared: Runner = async <T>(text: string, values: unknown[]): Promise<T> => {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    const name = `packet-events-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    return (await pool.query({ name, text, values })).rows as T;
  };

  /** Pass `manager` to write as part of a larger transaction (a review with its marks). */
  async apply(
    input: EventInput,
    authorize: (packet: PacketPlaces) => void,
    manager?: EntityManager,
  ): Promise<EventResult> {
    const db = manager
      ? (text: string, values: unknown[]) => manager.query(text, values)
      : this.prepared;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.read(db, input.code);
      if (!row) throw notFound('Packet', input.code);
      authorize({
        id: row.id,
        code: row.code,
        status: row.status,
        schoolId: row.school_id,
        originOfficeId: row.origin_office_id,
        destinationOfficeId: row.destination_office_id,
      });
      const past = row.events.map(fromJson);
      const resent = input.clientId ? past.find((e) => e.clientId === input.clientId) : undefined;
      const transition = resent
        ? { kind: 'duplicate' as const }
        : decideTransition(
            row.status,
            input.event,
            past.map((e) => e.event),
          );
      if (transition.kind === 'illegal') {
        throw conflict(
          `Packet ${row.code} is ${row.status}; "${input.event}" cannot follow that.`,
          { reason: 'illegal_transition', status: row.status },
        );
      }
      if (transition.kind === 'duplicate') {
        // A duplicate means the client id or the event is already in the history.
        const earlier = resent ?? past.find((e) => e.event === input.event);
        return {
          transition: 'duplicate',
          packet: brief(row, row.status),
          event: earlier as EventView,
        };
      }
      const recorded = await this.move(db, row, transition.next, input);
      if (recorded)
        return {
          transition: 'applied',
          packet: brief(row, transition.next),
          event: toView(recorded),
        };
    }
    throw conflict('Other scans are changing this packet right now; scan it again.', {
      reason: 'busy',
    });
  }

  async history(packetId: string): Promise<EventView[]> {
    const rows = await this.dataSource.query<EventRow[]>(
      `SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = $1 ORDER BY occurred_at, recorded_at`,
      [packetId],
    );
    return rows.map(toView);
  }

  private async read(db: Runner, code: string): Promise<PacketRow | undefined> {
    const [row] = await db<PacketRow[]>(
      `SELECT p.id, p.code, p.status, p.school_id, p.origin_office_id, p.destination_office_id,
              to_char(p.return_due_on, 'YYYY-MM-DD') AS return_due_on, p.snapshot->'student'->>'fullName' AS full_name,
              (p.snapshot->'schoolClass'->>'grade')::int AS grade, p.snapshot->'schoolClass'->>'letter' AS letter,
              COALESCE((SELECT json_agg(e) FROM (SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = p.id) e), '[]') AS events
         FROM packets p WHERE p.code = $1`,
      [code],
    );
    return row;
  }

  /** Compare-and-set: nothing is written when another scan changed the status first. */
  private async move(
    db: Runner,
    row: PacketRow,
    next: PacketStatus,
    input: EventInput,
  ): Promise<EventRow | undefined> {
    // Each step's time is the earliest event proving it (offline scans may arrive out of order).
    const steps = stepsReachedBy(input.event)
      .map((column) => `, ${column} = LEAST(COALESCE(${column}, $8), $8)`)
      .join('');
    const [inserted] = await db<EventRow[]>(
      `WITH moved AS (
         UPDATE packets SET status = $3, updated_at = now()${steps} WHERE id = $1 AND status = $2 RETURNING id
       )
       INSERT INTO packet_events (packet_id, event, reason, post_office_id, actor_id, occurred_at, client_id)
       SELECT moved.id, $4, $5, $6, $7, $8, $9 FROM moved
       RETURNING ${EVENT_COLUMNS}`,
      [
        row.id,
        row.status,
        next,
        input.event,
        input.reason ?? null,
        input.postOfficeId,
        input.actorId,
        input.occurredAt,
        input.clientId ?? null,
      ],
    );
    return inserted;
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

/** json_agg gives timestamps as text. */
function fromJson(row: EventRow): EventView {
  return toView({
    ...row,
    occurred_at: new Date(row.occurred_at),
    recorded_at: new Date(row.recorded_at),
  });
}
