import { ApiProperty } from '@nestjs/swagger';
import { PACKET_STATUSES, PacketStatus } from './packet-status';
import { S10_PATTERN } from './s10';

/** One case a packet holds, as a review names it. */
export class PacketCaseBrief {
  caseId: string;
  subjectCode: string;
  subjectName: string;
  topic: string;
  /** Assessed passed/failed rather than marked 1-10. */
  passFail: boolean;
}

/** A packet in a list: whose it is, where it stands, what it holds. */
export class PacketListItem {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  @ApiProperty({ enum: PACKET_STATUSES, enumName: 'PacketStatus' })
  status: PacketStatus;
  studentName: string;
  classId: string;
  classLabel: string;
  returnDueOn: string;
  cases: PacketCaseBrief[];
}

export class PacketList {
  items: PacketListItem[];
  total: number;
}
