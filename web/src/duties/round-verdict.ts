import type { RoundEvent } from '@domain/collection/duty-kind';
import {
  journeyIndex,
  type PacketStatus,
  statusesAllowing,
  stepFitsRoute,
} from '@domain/packets/journey';

/** What the packet's record says, checked as it is scanned on a round. */
export type RoundVerdict =
  /** To record now: work to take, or a by-hand packet to hand over. */
  | 'ready'
  /** Handed in at another office (post), or a pupil of another village (by hand). */
  | 'elsewhere'
  | 'other_village'
  /** Work not yet handed in at the post office. */
  | 'not_back'
  /** A by-hand packet not yet given to the family, or its work not yet taken back. */
  | 'not_handed_over'
  | 'not_taken_back'
  /** Already past this step (recorded before). */
  | 'already'
  /** A posted packet on a carrier's step, or a by-hand one where only post is meant. */
  | 'by_post'
  | 'unknown'
  | 'bad_code'
  /** The service could not be asked (no connection): scan it again. */
  | 'not_checked';

export interface ScannedPacket {
  status: PacketStatus;
  byHand: boolean;
  destinationOfficeId: string;
}

/**
 * Whether a scanned packet is one to record with `event` at `officeId`, and if not, why in the
 * words that are true for it: a by-hand packet is never "not handed in at the post".
 */
export function roundVerdict(
  packet: ScannedPacket | undefined,
  event: RoundEvent,
  officeId: string,
): RoundVerdict {
  if (!packet) return 'unknown';
  if (!stepFitsRoute(event, packet.byHand)) return 'by_post';
  if (packet.destinationOfficeId !== officeId) return packet.byHand ? 'other_village' : 'elsewhere';
  if (statusesAllowing(event).includes(packet.status)) return 'ready';
  if (journeyIndex(packet.status) >= journeyIndex(event)) return 'already';
  if (!packet.byHand) return 'not_back';
  return packet.status === 'created' ? 'not_handed_over' : 'not_taken_back';
}
