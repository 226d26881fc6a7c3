import { PacketEvent, StepColumn, stepsReachedBy } from './packet-lifecycle';
import { PacketStatus } from './packet-status';

/** How far along the packet's journey each event puts it (terminal events last). */
const JOURNEY: readonly PacketEvent[] = [
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'collected',
  'reviewed',
  'undeliverable',
  'lost',
];
const STEP_COLUMNS: readonly StepColumn[] = [
  'delivered_at',
  'returned_at',
  'collected_at',
  'reviewed_at',
  'ended_at',
];

export interface CountedEvent {
  event: PacketEvent;
  occurredAt: Date;
}

/**
 * The packet as the events that still count say it is: the furthest step reached (created
 * when none) and, for each step, the earliest event proving it — what a correction restores.
 */
export function standingFrom(events: readonly CountedEvent[]): {
  status: PacketStatus;
  steps: Record<StepColumn, Date | null>;
} {
  const furthest = [...events].sort(
    (a, b) => JOURNEY.indexOf(b.event) - JOURNEY.indexOf(a.event),
  )[0];
  const steps = Object.fromEntries(
    STEP_COLUMNS.map((column) => {
      const times = events
        .filter((e) => stepsReachedBy(e.event).includes(column))
        .map((e) => e.occurredAt.getTime());
      return [column, times.length > 0 ? new Date(Math.min(...times)) : null];
    }),
  ) as Record<StepColumn, Date | null>;
  return { status: furthest?.event ?? 'created', steps };
}
