import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from '@/packets/s10';

/** A by-hand packet for the carrier's pile: to hand over, or its work to take back. */
export class CarryItem {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  @ApiProperty({ enum: ['created', 'handed_over'] })
  status: 'created' | 'handed_over';
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
