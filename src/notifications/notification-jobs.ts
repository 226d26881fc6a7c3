/** Re-sends jobs for messages whose time has come or whose job was lost (every minute). */
export const SWEEP_NOTIFICATIONS_JOB = 'notification-sweep';
/** Writes a delivery receipt that came before its message was marked sent. */
export const RECORD_RECEIPT_JOB = 'notification-receipt';
/** The daily checks that write reminders and warnings (and once at start). */
export const DAILY_CHECKS_JOB = 'notification-daily-checks';

export const GUARDIAN_KINDS = ['packet_arrived', 'packet_on_way', 'return_due', 'work_overdue'];
