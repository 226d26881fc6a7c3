import { addDays } from '@/common/dates';
import { SENT_NOT_BACK_STEPS } from '@/packets/journey';
import type { PacketStatus } from '@/packets/packet-status';
import type { NotificationKind } from './notification-kinds';

/** What a guardian's message says about its packet, looked at again just before sending. */
export interface PacketNow {
  status: PacketStatus;
  /** YYYY-MM-DD; an extension moves it. */
  returnDueOn: string;
}

/** Why it is skipped when the status reason names no more than what happened. */
export const PACKET_MOVED_ON = 'packet_moved_on';
export const DUE_DATE_MOVED = 'due_date_moved';

/**
 * Why a message written earlier would now tell the family something untrue, or null while it
 * still holds: a held "waits at the post office" must not go out after the pupil took the
 * packet, nor a reminder after the work was handed in or the date was extended.
 */
export function staleReason(
  kind: NotificationKind,
  packet: PacketNow | undefined,
  today: string,
): string | null {
  if (!packet) return null;
  switch (kind) {
    case 'packet_arrived':
    case 'packet_on_way':
      return packet.status === 'arrived' ? null : PACKET_MOVED_ON;
    case 'return_due':
      if (!SENT_NOT_BACK_STEPS.includes(packet.status)) return PACKET_MOVED_ON;
      return packet.returnDueOn > addDays(today, 3) ? DUE_DATE_MOVED : null;
    case 'work_overdue':
      if (!SENT_NOT_BACK_STEPS.includes(packet.status)) return PACKET_MOVED_ON;
      return packet.returnDueOn >= today ? DUE_DATE_MOVED : null;
    case 'duty_overdue':
    case 'pupil_silent':
      return null;
  }
}
