import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from '@/packets/s10';
import { Dispatch } from './dispatch.entity';
import { PacketStatus } from '@/packets/packet-status';

/** One packet of a dispatch, in class-list order. */
export class PacketSummary {
  id: string;
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  listNo: number;
  studentId: string;
  studentName: string;
  status: PacketStatus;
}

/** How many of a dispatch's packets are at one step. */
export class StatusCount {
  status: PacketStatus;
  count: number;
}

/** A dispatch in a list, with how many of its packets are at each step (those with any). */
/** A case a dispatch carried, named so two dispatches of one class can be told apart. */
export class DispatchCaseBrief {
  id: string;
  subjectCode: string;
  topic: string;
}

export class DispatchListItem extends Dispatch {
  statusCounts: StatusCount[];
  /** Its cases, in the order they were chosen. */
  cases: DispatchCaseBrief[];
}

/** A pupil the dispatch made no packet for, and why (online: no paper). */
export class LeftOutPupil {
  studentId: string;
  fullName: string;
  @ApiProperty({ enum: ['online'] })
  reason: 'online';
}

export class DispatchView extends Dispatch {
  packets: PacketSummary[];
  /** Pupils chosen but sent no packet (the answer to making the dispatch; empty when read later: see leftOutOnline). */
  leftOut: LeftOutPupil[];
}

/** A dispatch taken back: its packets are gone; their S10 codes are never given out again. */
export class DispatchCancelled {
  id: string;
  /** The codes of the removed packets (spent: the serial counter only moves forward). */
  codes: string[];
}
