import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from '@/packets/s10';
import {
  EventSource,
  PacketEvent,
  UNDELIVERABLE_REASONS,
  UndeliverableReason,
} from './packet-lifecycle';
import { PacketStatus } from './packet-status';

/** Who set a wrong event right, when and why. */
export class CorrectionView {
  reason: string;
  actorId: string;
  correctedAt: Date;
}

/** Kazpost's own record of a step: its operation code and office. */
export class KazpostRecordView {
  operation: string;
  postcode: string | null;
  officeName: string | null;
}

/** One recorded event of a packet's history. */
export class EventView {
  id: string;
  event: PacketEvent;
  /** Why an undeliverable packet could not be handed over; null for other events. */
  @ApiProperty({ enum: [...UNDELIVERABLE_REASONS, null], nullable: true })
  reason: UndeliverableReason | null;
  postOfficeId: string | null;
  /** Null for an event read from Kazpost's tracking. */
  actorId: string | null;
  /** `kazpost`: read from Kazpost's tracking, with Kazpost's time and office. */
  source: EventSource;
  /** Present on events read from Kazpost. */
  kazpost?: KazpostRecordView;
  /** When it happened (the scan station's time for offline scans). */
  occurredAt: Date;
  /** When the service recorded it. */
  recordedAt: Date;
  clientId: string | null;
  /**
   * The time is the scan station's clock: the scan waited in its queue (no connection) and
   * reached the service over a minute later.
   */
  sentLater: boolean;
  /** Who recorded it (in a packet's history; absent for Kazpost's records). */
  actorName?: string;
  /** Present when the event was a wrong scan, corrected: it no longer counts. */
  correction?: CorrectionView;
}

/** What a scan answer shows of a packet: enough to check it, no address or phone. */
export class PacketBrief {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  status: PacketStatus;
  pupilInitials: string;
  classLabel: string;
  returnDueOn: string;
}

/** The answer to a scan: applied (201) or a duplicate of one already recorded (200). */
export class EventResult {
  transition: 'applied' | 'duplicate';
  packet: PacketBrief;
  event: EventView;
}
