import { ApiProperty, OmitType } from '@nestjs/swagger';
import { ERROR_CODES, ErrorCode } from '@/common/errors/error-codes';
import { CollectionDuty } from './collection-duty.entity';
import { S10_PATTERN } from '@/packets/s10';
import { PacketStatus } from '@/packets/packet-status';
import type { RoundEvent } from './duty-kind';

/** Work handed in at an office and not yet collected. */
export class WaitingPacketView {
  code: string;
  postOfficeId: string;
  returnedAt: Date;
  /** Whole days it has waited as of the report's date. */
  waitingDays: number;
  /** It has waited longer than the duty's interval. */
  late: boolean;
}

export class OfficeWaitingPacket {
  code: string;
  returnedAt: Date;
  waitingDays: number;
  late: boolean;
}

/** One office of a duty: when it was last visited, when it is due. */
export class OfficeStandingView {
  postOfficeId: string;
  lastCollectedAt: Date | null;
  nextDueOn: string;
  overdue: boolean;
  daysOverdue: number;
  waitingPackets: OfficeWaitingPacket[];
}

/** One visit of the collecting teacher to an office. */
export class RoundBrief {
  postOfficeId: string;
  collectedAt: Date;
  /** Pieces of work taken on that visit (not those it found taken already). */
  codesTaken: number;
  /** By-hand packets handed over to the families on that visit (a carrier's round). */
  codesHandedOver: number;
}

/** A duty with its standing under the two-week rule as of `asOf`. */
export class DutyView extends OmitType(CollectionDuty, ['teacher', 'followsDuty'] as const) {
  active: boolean;
  lastCollectedAt: Date | null;
  nextDueOn: string;
  overdue: boolean;
  daysOverdue: number;
  offices: OfficeStandingView[];
  teacherName: string;
  waitingPackets: WaitingPacketView[];
  /** Its rounds up to `asOf`, oldest first. */
  rounds: RoundBrief[];
  /** A carrier's: work taken back from the families, not yet brought into school (now). */
  toBringIn: number;
  asOf: string;
}

export class TakenPacket {
  code: string;
  pupilInitials: string;
  classLabel: string;
  transition: 'applied' | 'duplicate';
}

/** A code of a round that was not recorded, with the error it got. */
export class RefusedCode {
  code: string;
  /** What the round tried to record for it: the work taken, or the packet handed over. */
  @ApiProperty({ enum: ['collected', 'handed_over', 'taken_back'] })
  event: RoundEvent;
  statusCode: number;
  /** The error's stable code, as an error answer would carry it (docs/errors.md). */
  @ApiProperty({ enum: Object.keys(ERROR_CODES), enumName: 'ErrorCode' })
  errorCode: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

/** One visit: what was taken, what was handed over (a carrier's), and what was refused. */
export class RoundResult {
  roundId: string;
  postOfficeId: string;
  collectedAt: Date;
  taken: TakenPacket[];
  handedOver: TakenPacket[];
  refused: RefusedCode[];
}

/** The work a carrier brought into school in one go, each packet now "collected". */
export class BroughtIn {
  broughtAt: Date;
  broughtIn: TakenPacket[];
}

/** A by-hand packet for the carrier's pile: to hand over, or its work to take back. */
export class CarryItem {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  /** created (to hand over) or handed_over (work to take back). */
  @ApiProperty({ enum: ['created', 'handed_over'] })
  status: PacketStatus;
  pupilName: string;
  classLabel: string;
  /** The family's address, as the packet prints it. */
  address: string;
  guardianName: string;
  guardianPhone: string;
  returnDueOn: string;
}

/** One of the duty's offices: the villages it serves, and what to take there. */
export class CarryOffice {
  postOfficeId: string;
  postcode: string;
  name: string;
  locality: string;
  /** Packets made and not yet handed over: the pile to take, in class and name order. */
  toHandOver: CarryItem[];
  /** Packets with the families whose work is still to be taken back. */
  toTakeBack: CarryItem[];
}

/** What a carrier takes on the next visit, office by office. */
export class CarryList {
  dutyId: string;
  teacherName: string;
  /** The day the 14-day rule needs the next visit by (the soonest of the offices). */
  nextDueOn: string;
  offices: CarryOffice[];
}
