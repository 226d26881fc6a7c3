import { PacketStatus } from './packet-status';

/** What a scan (or a review) says happened to a packet. */
export const PACKET_EVENTS = [
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'collected',
  'reviewed',
  'undeliverable',
  'lost',
] as const;
export type PacketEvent = (typeof PACKET_EVENTS)[number];

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

/**
 * The legal moves, in one table: from each status, the events that may follow. Transit scans
 * can be missed in real life (a door-to-door packet goes posted -> delivered), so a packet may
 * skip forward where the post would; it never moves backward.
 *
 * | from            | allowed events                                            |
 * | --------------- | --------------------------------------------------------- |
 * | created         | posted, arrived, delivered                                |
 * | posted          | arrived, delivered, return_received, undeliverable, lost  |
 * | arrived         | delivered, return_received, undeliverable, lost           |
 * | delivered       | return_received                                           |
 * | return_received | collected, lost                                           |
 * | collected       | reviewed                                                  |
 * | reviewed, undeliverable, lost | nothing: the journey is over                |
 */
export const LEGAL_MOVES: Record<PacketStatus, readonly PacketEvent[]> = {
  created: ['posted', 'arrived', 'delivered'],
  posted: ['arrived', 'delivered', 'return_received', 'undeliverable', 'lost'],
  arrived: ['delivered', 'return_received', 'undeliverable', 'lost'],
  delivered: ['return_received'],
  return_received: ['collected', 'lost'],
  collected: ['reviewed'],
  reviewed: [],
  undeliverable: [],
  lost: [],
};

export type Transition =
  | { kind: 'apply'; next: PacketStatus }
  | { kind: 'duplicate' }
  | { kind: 'illegal'; current: PacketStatus };

/**
 * Decides what an event does to a packet. An event the packet has already had is a duplicate
 * (a retry, a double read, an offline resend), never an error: it changes nothing.
 */
export function decideTransition(
  current: PacketStatus,
  event: PacketEvent,
  pastEvents: Iterable<PacketEvent>,
): Transition {
  if (new Set(pastEvents).has(event)) return { kind: 'duplicate' };
  if (LEGAL_MOVES[current].includes(event)) return { kind: 'apply', next: event };
  return { kind: 'illegal', current };
}

/** The statuses an event may follow: what the scan statement checks under the row lock. */
export function statusesAllowing(event: PacketEvent): PacketStatus[] {
  return (Object.keys(LEGAL_MOVES) as PacketStatus[]).filter((status) =>
    LEGAL_MOVES[status].includes(event),
  );
}

/** Columns of a packet that record when it first reached a step, for reports "as of" a day. */
export type StepColumn =
  'delivered_at' | 'returned_at' | 'collected_at' | 'reviewed_at' | 'ended_at';

/**
 * The steps an event proves the packet has reached: work handed back in means it was
 * delivered, even when the delivery scan was missed.
 */
export function stepsReachedBy(event: PacketEvent): StepColumn[] {
  switch (event) {
    case 'posted':
    case 'arrived':
      return [];
    case 'delivered':
      return ['delivered_at'];
    case 'return_received':
      return ['delivered_at', 'returned_at'];
    case 'collected':
      return ['delivered_at', 'returned_at', 'collected_at'];
    case 'reviewed':
      return ['delivered_at', 'returned_at', 'collected_at', 'reviewed_at'];
    case 'undeliverable':
    case 'lost':
      return ['ended_at'];
  }
}
