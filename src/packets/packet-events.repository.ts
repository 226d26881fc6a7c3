import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DATE_BOUNDS } from '@/common/date-bounds';
import { uncorrected } from './corrections-sql';
import type { EventAccess, EventInput } from './packet-events.service';
import {
  EventSource,
  PACKET_EVENTS,
  PacketEvent,
  statusesAllowing,
  stepsReachedBy,
  UndeliverableReason,
} from './packet-lifecycle';
import { PacketStatus } from './packet-status';
import { stepFitsRoute } from './journey';

export interface PacketRow {
  id: string;
  code: string;
  status: PacketStatus;
  school_id: string;
  origin_office_id: string;
  destination_office_id: string;
  by_hand: boolean;
  return_due_on: string;
  created_at: Date;
  full_name: string;
  grade: number;
  letter: string;
  /** The event this statement wrote, if it wrote one. */
  recorded: EventRow | null;
  /** The history before this statement, when it wrote nothing (to explain why). */
  events: EventRow[] | null;
  /** The message to the guardian this statement put in the outbox, if any. */
  notification_id: string | null;
}

export interface EventRow {
  id: string;
  event: PacketEvent;
  reason: UndeliverableReason | null;
  post_office_id: string | null;
  actor_id: string | null;
  source: EventSource;
  kazpost_operation: string | null;
  kazpost_postcode: string | null;
  kazpost_office: string | null;
  occurred_at: Date | string;
  recorded_at: Date | string;
  client_id: string | null;
  /** False when a correction set this event right (read when explaining a refusal). */
  counted?: boolean;
}

/** An event as the history shows it, with who scanned it and its correction, if any. */
export interface HistoryRow extends EventRow {
  actor_name: string | null;
  fix_reason: string | null;
  fix_actor: string | null;
  fixed_at: Date | null;
}

const EVENT_COLUMNS =
  'id, event, reason, post_office_id, actor_id, source, kazpost_operation, kazpost_postcode, kazpost_office, occurred_at, recorded_at, client_id';

interface Statement {
  name: string;
  text: string;
}

/** The packet journey's SQL: one statement applies an event, another reads the history. */
@Injectable()
export class PacketEventsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /**
   * Runs the event's statement once. Inside a transaction (a review with its marks, a reprint)
   * it is part of it; otherwise it is a named prepared statement straight on the pool:
   * PostgreSQL plans the scan's statement once per connection instead of once per scan.
   */
  async applyOnce(input: EventInput, access: EventAccess): Promise<PacketRow | undefined> {
    const statement = APPLY_STATEMENTS[input.event];
    const values = applyValues(input, access);
    if (this.db.isTransactionActive())
      return (await this.db.tx.query<PacketRow[]>(statement.text, values))[0];
    const pool = (this.db.tx.connection.driver as PostgresDriver).master as Pool;
    return (await pool.query<PacketRow>({ ...statement, values })).rows[0];
  }

  /** Whether an event written now commits only with a larger change still under way. */
  inTransaction(): boolean {
    return this.db.isTransactionActive();
  }

  /** Every event of the packet, oldest first, with its correction if it has one. */
  history(packetId: string): Promise<HistoryRow[]> {
    return this.db.tx.query<HistoryRow[]>(
      `SELECT e.*, s.full_name AS actor_name,
              c.reason AS fix_reason, c.actor_id AS fix_actor, c.corrected_at AS fixed_at
         FROM (SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = $1) e
         LEFT JOIN staff s ON s.id = e.actor_id
         LEFT JOIN packet_event_corrections c ON c.event_id = e.id
        ORDER BY e.occurred_at, e.recorded_at`,
      [packetId],
    );
  }
}

/**
 * $1 code, $2 event, $3 statuses the event may follow, $4 reason, $5 office, $6 actor,
 * $7 time, $8 client id, $9-$14 the guard (any, school, destination office, office, and
 * whether that office may be the packet's origin, its destination), $15-$18 Kazpost's record
 * (source, operation, postcode, office name).
 * Each step's time is the earliest event proving it (offline scans may arrive out of order).
 */
function applyStatement(event: PacketEvent): string {
  const steps = stepsReachedBy(event)
    .map((column) => `, ${column} = LEAST(COALESCE(p.${column}, $7), $7)`)
    .join('');
  // A postal step never moves a packet carried by hand, nor a carrier's step a posted one.
  const route = [
    stepFitsRoute(event, false) ? '' : 'p.by_hand',
    stepFitsRoute(event, true) ? '' : 'NOT p.by_hand',
  ].find(Boolean);
  return `WITH target AS (
       SELECT id, code, status, school_id, origin_office_id, destination_office_id, by_hand, created_at,
              to_char(return_due_on, 'YYYY-MM-DD') AS return_due_on,
              snapshot->'student'->>'fullName' AS full_name,
              (snapshot->'schoolClass'->>'grade')::int AS grade, snapshot->'schoolClass'->>'letter' AS letter
         FROM packets WHERE code = $1
     ), moved AS (
       UPDATE packets p SET status = $2::text::packet_status, updated_at = now()${steps}
         FROM target t
        WHERE p.id = t.id
          AND p.status = ANY($3::packet_status[])${route ? `
          AND ${route}` : ''}
          AND $7::timestamptz >= p.created_at - interval '${DATE_BOUNDS.clockSkewMs} milliseconds'
          AND ($9::boolean
               OR (p.school_id = $10::uuid AND ($11::uuid IS NULL OR p.destination_office_id = $11::uuid))
               OR ($13::boolean AND p.origin_office_id = $12::uuid)
               OR ($14::boolean AND p.destination_office_id = $12::uuid))
          AND NOT EXISTS (SELECT 1 FROM packet_events e
                           WHERE e.packet_id = p.id
                             AND ((e.event = $2::text::packet_event AND ${uncorrected('e')}) OR e.client_id = $8))
       RETURNING p.id
     ), recorded AS (
       INSERT INTO packet_events (packet_id, event, reason, post_office_id, actor_id, occurred_at, client_id,
                                  source, kazpost_operation, kazpost_postcode, kazpost_office)
       SELECT id, $2::text::packet_event, $4, $5, $6, $7, $8, $15::text::packet_event_source, $16, $17, $18 FROM moved
       RETURNING ${EVENT_COLUMNS}
     )${event === 'arrived' ? GUARDIAN_TOLD : ''}
     SELECT t.*, (SELECT row_to_json(r) FROM recorded r) AS recorded,
            ${event === 'arrived' ? '(SELECT id FROM told)' : 'NULL::uuid'} AS notification_id,
            CASE WHEN NOT EXISTS (SELECT 1 FROM recorded) THEN COALESCE(
              (SELECT json_agg(e) FROM (SELECT ${EVENT_COLUMNS}, ${uncorrected('pe')} AS counted
                                          FROM packet_events pe WHERE packet_id = t.id) e),
              '[]') END AS events
       FROM target t`;
}

/**
 * The guardian's message that the packet waits at their office (or is on its way to the door),
 * written in the arrival's own statement: the scan and its outbox row commit together. The key
 * makes it one message per packet and kind, whatever the re-scans and corrections.
 */
const GUARDIAN_TOLD = `, told AS (
       INSERT INTO notifications (school_id, kind, dedupe_key, packet_id, student_id, language, params)
       SELECT p.school_id, k.kind::notification_kind, 'packet:' || p.id || ':' || k.kind, p.id, p.student_id,
              (p.snapshot->>'language')::class_language,
              jsonb_build_object('pupil', p.snapshot->'student'->>'fullName',
                                 'postcode', p.snapshot->'student'->'office'->>'postcode',
                                 'due', to_char(p.return_due_on, 'DD.MM'))
         FROM moved m JOIN packets p ON p.id = m.id,
              LATERAL (SELECT CASE p.snapshot->'student'->>'delivery'
                                WHEN 'door' THEN 'packet_on_way' ELSE 'packet_arrived' END AS kind) k
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id
     )`;

/** One statement per event (the steps it proves differ), named once for preparing. */
const APPLY_STATEMENTS = Object.fromEntries(
  PACKET_EVENTS.map((event) => {
    const text = applyStatement(event);
    const name = `packet-events-${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    return [event, { name, text }];
  }),
) as Record<PacketEvent, Statement>;

function applyValues(input: EventInput, access: EventAccess): unknown[] {
  const guard = access.guard;
  return [
    input.code,
    input.event,
    statusesAllowing(input.event),
    input.reason ?? null,
    input.postOfficeId,
    input.actorId,
    input.occurredAt,
    input.clientId ?? null,
    guard.kind === 'any',
    guard.kind === 'school' ? guard.schoolId : null,
    guard.kind === 'school' ? (guard.destinationOfficeId ?? null) : null,
    guard.kind === 'office' ? guard.officeId : null,
    guard.kind === 'office' && guard.side !== 'destination',
    guard.kind === 'office' && guard.side !== 'origin',
    input.kazpost ? 'kazpost' : 'staff',
    input.kazpost?.operation ?? null,
    input.kazpost?.postcode ?? null,
    input.kazpost?.officeName ?? null,
  ];
}
