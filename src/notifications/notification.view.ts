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
  /**
   * Why it is held, skipped or failed (quiet_hours, daily_cap, opted_out, no_phone, phone_not_allowed,
   * packet_moved_on, due_date_moved, ...).
   */
  statusReason: string | null;
  packetCode: string | null;
  studentId: string | null;
  pupilName: string | null;
  /** The number it went to; while queued or held, the one it will go to as things stand. */
  phone: string | null;
  /** The text it went out with; while queued or held, the text it will go out with. */
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
