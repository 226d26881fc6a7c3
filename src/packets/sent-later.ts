/** A scan that reached the service this long after its station time waited in a queue. */
export const SENT_LATER_MS = 60_000;

/**
 * Whether an event's time is the scan station's own clock, sent later from its queue (a
 * station with no connection): only such scans are labelled so in a packet's history, where
 * the time may be evidence in a dispute. A station online sends its scans at once, and the
 * service's own recording time then vouches for them.
 */
export function sentLater(event: {
  clientId: string | null;
  occurredAt: Date;
  recordedAt: Date;
}): boolean {
  if (event.clientId === null) return false;
  return event.recordedAt.getTime() - event.occurredAt.getTime() > SENT_LATER_MS;
}
