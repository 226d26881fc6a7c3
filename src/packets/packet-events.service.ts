import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DATE_BOUNDS } from '@/common/date-bounds';
import { fail, notFound } from '@/common/errors/domain-error';
import { initialsOf } from './packet-brief';
import { EventResult, EventView, PacketBrief } from './packet-event.view';
import { guardAllows, PacketGuard } from './packet-access';
import {
  decideTransition,
  EventSource,
  PACKET_EVENTS,
  PacketEvent,
  statusesAllowing,
  stepsReachedBy,
  UndeliverableReason,
} from './packet-lifecycle';
import { PacketStatus } from './packet-status';
import { uncorrected } from './corrections-sql';
import { sentLater } from './sent-later';
import { OutboxAnnouncer } from '@/jobs/outbox-announcer';

/** Kazpost's own record of the step, for an event read from its tracking. */
export interface KazpostRecord {
  operation: string;
  postcode: string | null;
  officeName: string | null;
}

export interface EventInput {
  code: string;
  event: PacketEvent;
  /** Null for an event read from Kazpost (then `kazpost` says where it comes from). */
  actorId: string | null;
  kazpost?: KazpostRecord;
  postOfficeId: string | null;
  occurredAt: Date;
  clientId?: string;
  reason?: UndeliverableReason;
}

/** Where a packet belongs: what a refusal is explained from. */
export interface PacketPlaces {
  id: string;
  code: string;
  status: PacketStatus;
  schoolId: string;
  originOfficeId: string;
  destinationOfficeId: string;
}

/** Who may move the packet, and how to say no when the guard does not let them. */
export interface EventAccess {
  guard: PacketGuard;
  /** The error for a packet outside the guard; "not found" unless given. */
  refusal?: (packet: PacketPlaces) => Error;
}

interface PacketRow {
  id: string;
  code: string;
  status: PacketStatus;
  school_id: string;
  origin_office_id: string;
  destination_office_id: string;
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

interface EventRow {
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

const EVENT_COLUMNS =
  'id, event, reason, post_office_id, actor_id, source, kazpost_operation, kazpost_postcode, kazpost_office, occurred_at, recorded_at, client_id';
const MAX_ATTEMPTS = 5;

interface Statement {
  name: string;
  text: string;
}
type Runner = <T>(statement: Statement, values: unknown[]) => Promise<T>;

/**
 * Applies one event to one packet in one statement: it finds the packet by code and, only
 * when the event is legal from the packet's status, the actor's guard lets them and the event
 * is not already in its history, moves the packet (taking its row lock, so the status checked
 * is the latest one) and records the event. When it writes nothing, the same rules are run
 * in code on what it read to say why: unknown, not yours, duplicate or illegal; a packet that
 * a concurrent scan changed between the read and the lock is simply tried again.
 */
@Injectable()
export class PacketEventsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxAnnouncer,
  ) {}

  /**
   * Named prepared statements straight on the pool: PostgreSQL plans the scan's statement
   * once per connection instead of once per scan.
   */
  private readonly prepared: Runner = async <T>(
    statement: Statement,
    values: unknown[],
  ): Promise<T> => {
    const pool = (this.dataSource.driver as PostgresDriver).master as Pool;
    return (await pool.query({ ...statement, values })).rows as T;
  };

  /** Pass `manager` to write as part of a larger transaction (a review with its marks). */
  async apply(
    input: EventInput,
    access: EventAccess,
    manager?: EntityManager,
  ): Promise<EventResult> {
    const db: Runner = manager
      ? <T>(statement: Statement, values: unknown[]) => manager.query<T>(statement.text, values)
      : this.prepared;
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const [row] = await db<PacketRow[]>(
        APPLY_STATEMENTS[input.event],
        applyValues(input, access),
      );
      if (!row) throw notFound('packet', input.code);
      if (row.notification_id && !manager) this.outbox.announce(row.notification_id);
      if (row.recorded)
        return {
          transition: 'applied',
          packet: brief(row, input.event),
          event: toView(row.recorded),
        };
      const duplicate = explainNoWrite(row, input, access);
      if (duplicate)
        return { transition: 'duplicate', packet: brief(row, row.status), event: duplicate };
    }
    throw fail('packet.busy', 'Other scans are changing this packet right now; scan it again.', {
      reason: 'busy',
    });
  }

  /** Every event, oldest first; a corrected one carries its correction and no longer counts. */
  async history(packetId: string): Promise<EventView[]> {
    const rows = await this.dataSource.query<
      (EventRow & {
        actor_name: string | null;
        fix_reason: string | null;
        fix_actor: string | null;
        fixed_at: Date | null;
      })[]
    >(
      `SELECT e.*, s.full_name AS actor_name,
              c.reason AS fix_reason, c.actor_id AS fix_actor, c.corrected_at AS fixed_at
         FROM (SELECT ${EVENT_COLUMNS} FROM packet_events WHERE packet_id = $1) e
         LEFT JOIN staff s ON s.id = e.actor_id
         LEFT JOIN packet_event_corrections c ON c.event_id = e.id
        ORDER BY e.occurred_at, e.recorded_at`,
      [packetId],
    );
    return rows.map((row) => ({
      ...toView(row),
      ...(row.actor_name === null ? {} : { actorName: row.actor_name }),
      ...(row.fixed_at
        ? {
            correction: {
              reason: row.fix_reason ?? '',
              actorId: row.fix_actor ?? '',
              correctedAt: new Date(row.fixed_at),
            },
          }
        : {}),
    }));
  }
}

/**
 * Why a statement wrote nothing: throws the refusal, or returns the earlier event when the
 * scan is a duplicate; returns undefined when the scan is legal after all (a concurrent scan
 * moved the packet between the read and the lock), so it is tried again.
 */
function explainNoWrite(
  row: PacketRow,
  input: EventInput,
  access: EventAccess,
): EventView | undefined {
  const places = placesOf(row);
  if (!guardAllows(access.guard, places))
    throw access.refusal?.(places) ?? notFound('packet', input.code);
  if (input.occurredAt.getTime() < new Date(row.created_at).getTime() - DATE_BOUNDS.clockSkewMs)
    throw fail(
      'scan.time_invalid',
      `The scan's time (${input.occurredAt.toISOString()}) is before packet ${row.code} was made; check the scan station's clock.`,
      { reason: 'before_packet' },
    );
  const events = row.events ?? [];
  const past = events.map(toView);
  const resent = input.clientId ? past.find((e) => e.clientId === input.clientId) : undefined;
  if (resent) return resent;
  const counted = events.filter((e) => e.counted !== false).map(toView);
  const transition = decideTransition(
    row.status,
    input.event,
    counted.map((e) => e.event),
  );
  if (transition.kind === 'illegal')
    throw fail(
      'packet.illegal_transition',
      `Packet ${row.code} is ${row.status}; "${input.event}" cannot follow that.`,
      {
        reason: 'illegal_transition',
        status: row.status,
      },
    );
  // A duplicate means the event is already in the history.
  if (transition.kind === 'duplicate') return counted.find((e) => e.event === input.event);
  return undefined;
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
  return `WITH target AS (
       SELECT id, code, status, school_id, origin_office_id, destination_office_id, created_at,
              to_char(return_due_on, 'YYYY-MM-DD') AS return_due_on,
              snapshot->'student'->>'fullName' AS full_name,
              (snapshot->'schoolClass'->>'grade')::int AS grade, snapshot->'schoolClass'->>'letter' AS letter
         FROM packets WHERE code = $1
     ), moved AS (
       UPDATE packets p SET status = $2::text::packet_status, updated_at = now()${steps}
         FROM target t
        WHERE p.id = t.id
          AND p.status = ANY($3::packet_status[])
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

function placesOf(row: PacketRow): PacketPlaces {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    schoolId: row.school_id,
    originOfficeId: row.origin_office_id,
    destinationOfficeId: row.destination_office_id,
  };
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

/** Rows read as JSON carry timestamps as text. */
function toView(row: EventRow): EventView {
  const view = {
    id: row.id,
    event: row.event,
    reason: row.reason,
    postOfficeId: row.post_office_id,
    actorId: row.actor_id,
    source: row.source,
    ...(row.kazpost_operation
      ? {
          kazpost: {
            operation: row.kazpost_operation,
            postcode: row.kazpost_postcode,
            officeName: row.kazpost_office,
          },
        }
      : {}),
    occurredAt: new Date(row.occurred_at),
    recordedAt: new Date(row.recorded_at),
    clientId: row.client_id,
  };
  return { ...view, sentLater: sentLater(view) };
}
