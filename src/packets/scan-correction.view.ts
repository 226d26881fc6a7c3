import { ApiProperty } from '@nestjs/swagger';
import { PACKET_STATUSES, PacketStatus } from './packet-status';

/** A wrong scan set right: where the packet was, and where it is now. */
export class CorrectionResult {
  code: string;
  correctedEventId: string;
  @ApiProperty({ enum: PACKET_STATUSES, enumName: 'PacketStatus' })
  statusBefore: PacketStatus;
  @ApiProperty({ enum: PACKET_STATUSES, enumName: 'PacketStatus' })
  statusAfter: PacketStatus;
}
