import type { components } from '../api/schema';

type Packet = components['schemas']['ScheduledPacketView'];

/** A packet the deputy must still see to: no case yet, a subject missing, or over the norm. */
export function needsAttention(packet: Packet): boolean {
  return (
    !packet.releasedAt &&
    (packet.cases.length === 0 || packet.missingSubjects.length > 0 || packet.load.overNorm)
  );
}
