import { Injectable } from '@nestjs/common';
import { DATE_BOUNDS } from '@/common/date-bounds';
import { fail, notFound } from '@/common/errors/domain-error';
import { initialsOf } from './packet-brief';
import { EventResult, EventView, PacketBrief } from './packet-event.view';
import { guardAllows, PacketGuard } from './packet-access';
import { decideTransition, PacketEvent, UndeliverableReason } from './packet-lifecycle';
import { stepFitsRoute } from './journey';
import { PacketStatus } from './packet-status';
import { EventRow, PacketEventsRepository, PacketRow } from './packet-events.repository';
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

const MAX_ATTEMPTS = 5;

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
    private readonly journey: PacketEventsRepository,
    private readonly outbox: OutboxAnnouncer,
  ) {}

  /** Inside a transaction (a review with its marks), the event commits with the rest. */
  async apply(input: EventInput, access: EventAccess): Promise<EventResult> {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const row = await this.journey.applyOnce(input, access);
      if (!row) throw notFound('packet', input.code);
      // A message written in a larger transaction is sent by the sweep once that commits.
      if (row.notification_id && !this.journey.inTransaction())
        this.outbox.announce(row.notification_id);
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
    const rows = await this.journey.history(packetId);
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
    row.by_hand,
  );
  if (transition.kind === 'illegal')
    throw stepFitsRoute(input.event, row.by_hand)
      ? fail(
          'packet.illegal_transition',
          `Packet ${row.code} is ${row.status}; "${input.event}" cannot follow that.`,
          { reason: 'illegal_transition', status: row.status, byHand: row.by_hand },
        )
      : // Said apart so a clerk reads "this one goes by hand", not "impossible in its state".
        fail(
          row.by_hand ? 'packet.by_hand' : 'packet.by_post',
          `Packet ${row.code} ${row.by_hand ? 'is carried by hand, not by post' : 'goes by post, not by hand'}: "${input.event}" is not one of its steps.`,
          { reason: 'other_route', status: row.status, byHand: row.by_hand },
        );
  // A duplicate means the event is already in the history.
  if (transition.kind === 'duplicate') return counted.find((e) => e.event === input.event);
  return undefined;
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
