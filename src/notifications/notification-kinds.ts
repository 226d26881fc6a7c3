/** Why a message is sent; one message per packet (or duty, or silent spell) and kind. */
export const NOTIFICATION_KINDS = [
  /** To the guardian: the packet waits at their post office. */
  'packet_arrived',
  /** To the guardian: the packet is on its way to their door. */
  'packet_on_way',
  /** To the guardian: the work is due in 3 days and nothing was handed in. */
  'return_due',
  /** To the guardian: the return date has passed. */
  'work_overdue',
  /** To the deputy who appointed the duty: the collecting teacher missed the 14-day visit. */
  'duty_overdue',
  /** To the class teacher: a pupil returned nothing for 28 days. */
  'pupil_silent',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = [
  'queued',
  /** Waiting for the morning (quiet hours) or the next day (the school's daily cap). */
  'held',
  'sending',
  /** Accepted by the SMS centre. */
  'sent',
  /** The operator confirmed the phone received it. */
  'delivered',
  'failed',
  /** Not sent on purpose: the guardian opted out, or there is no phone to send to. */
  'skipped',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];
