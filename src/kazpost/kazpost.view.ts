import { ApiProperty } from '@nestjs/swagger';
import { PACKET_EVENTS, PacketEvent } from '@/packets/packet-lifecycle';
import { PACKET_STATUSES, PacketStatus } from '@/packets/packet-status';
import { DISAGREEMENT_KINDS, DisagreementKind } from './kazpost-decisions';

/** How the link to Kazpost's tracking fares: what the admin watches. */
export class KazpostStatusView {
  /** False when KAZPOST_TRACKING_URL is not set: nothing is asked of Kazpost. */
  enabled: boolean;
  requestsPerMinute: number | null;
  /** When Kazpost last gave a usable answer. */
  lastReachedAt: Date | null;
  lastFailureAt: Date | null;
  lastFailure: string | null;
  /** Times in a row Kazpost was down, slow or refusing. */
  consecutiveFailures: number;
  /** No request is sent before then (a backoff after failures). */
  pausedUntil: Date | null;
  /** Packets in the postal part of their journey, asked about. */
  trackedPackets: number;
  /** Operation codes Kazpost sent that our table does not know (they changed nothing). */
  unknownCodes: string[];
}

/** A step Kazpost records that our record contradicts. */
export class DisagreementView {
  @ApiProperty({ enum: DISAGREEMENT_KINDS })
  kind: DisagreementKind;
  /** What Kazpost's operation means. */
  @ApiProperty({ enum: PACKET_EVENTS })
  event: PacketEvent;
  /** Kazpost's operation code. */
  operation: string;
  /** Kazpost's own time of it. */
  occurredAt: Date;
  postcode: string | null;
  officeName: string | null;
  /** Our packet's status when Kazpost's record was read. */
  @ApiProperty({ enum: PACKET_STATUSES })
  ourStatus: PacketStatus;
}

/** What Kazpost's tracking says of one packet beyond the events in its history. */
export class PacketTrackingView {
  lastCheckedAt: Date | null;
  nextCheckAt: Date | null;
  disagreements: DisagreementView[];
}
