import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  NOTIFICATION_STATUSES,
  NotificationKind,
  NotificationStatus,
} from './notification-kinds';

/** One text message as school staff see it in the history. */
export class NotificationView {
  id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, enumName: 'NotificationKind' })
  kind: NotificationKind;
  @ApiProperty({ enum: NOTIFICATION_STATUSES, enumName: 'NotificationStatus' })
  status: NotificationStatus;
  /** Why it is held, skipped or failed (quiet_hours, daily_cap, opted_out, no_phone, ...). */
  statusReason: string | null;
  packetCode: string | null;
  studentId: string | null;
  pupilName: string | null;
  /** The number it went to, once sent. */
  phone: string | null;
  /** The text, once written for sending. */
  body: string | null;
  /** SMS segments the text takes (each billed as one message). */
  segments: number | null;
  language: string;
  createdAt: Date;
  /** Not sent before this (the morning after quiet hours, the day after the cap). */
  notBefore: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
}

export class NotificationList {
  items: NotificationView[];
  total: number;
}
