import { PacketEvent, PacketStatus, statusesAllowing, stepFitsRoute } from './journey';

// The steps and their order are the journey's (journey.ts); this file decides the moves.
export { PACKET_EVENTS, statusesAllowing, stepsReachedBy } from './journey';
export type { PacketEvent, StepColumn } from './journey';

/** Who recorded an event: our staff, or Kazpost's own tracking. */
export const EVENT_SOURCES = ['staff', 'kazpost'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** Reasons postal tracking uses for an item that could not be delivered. */
export const UNDELIVERABLE_REASONS = [
  'address_not_found',
  'addressee_absent',
  'refused',
  'moved_away',
] as const;
export type UndeliverableReason = (typeof UNDELIVERABLE_REASONS)[number];

export type Transition =
  | { kind: 'apply'; next: PacketStatus }
  | { kind: 'duplicate' }
  | { kind: 'illegal'; current: PacketStatus };

/**
 * Decides what an event does to a packet (carried by hand or sent by post: the journey's route). An event the packet has already had is a duplicate
 * (a retry, a double read, an offline resend), never an error: it changes nothing.
 */
export function decideTransition(
  current: PacketStatus,
  event: PacketEvent,
  pastEvents: Iterable<PacketEvent>,
  byHand = false,
): Transition {
  if (new Set(pastEvents).has(event)) return { kind: 'duplicate' };
  if (statusesAllowing(event).includes(current) && stepFitsRoute(event, byHand))
    return { kind: 'apply', next: event };
  return { kind: 'illegal', current };
}
