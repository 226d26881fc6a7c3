import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from './s10';

/** A packet lying at the clerk's office: for the pupil to fetch, or for the teacher to collect. */
export class WaitingItem {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  @ApiProperty({ enum: ['arrived', 'return_received'] })
  status: 'arrived' | 'return_received';
  recipientName: string;
  classLabel: string;
  schoolName: string;
  /** When it arrived, or when the work was handed in. */
  since: Date;
  /** Whole days it has waited, counted in Kazakhstan. */
  waitingDays: number;
}

/** What waits at one office: arrived and not handed to the pupil; handed in and not collected. */
export class WaitingAtOffice {
  postOfficeId: string;
  items: WaitingItem[];
}
