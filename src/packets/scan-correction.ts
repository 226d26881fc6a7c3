import {
  journeyIndex,
  PACKET_EVENTS,
  PacketEvent,
  PacketStatus,
  StepColumn,
  stepsReachedBy,
} from './journey';

/** Every step column, as the journey sets them. */
const STEP_COLUMNS = [...new Set(PACKET_EVENTS.flatMap(stepsReachedBy))];

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
  const furthest = [...events].sort((a, b) => journeyIndex(b.event) - journeyIndex(a.event))[0];
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
