import type { Pdu } from 'smpp';
import { DeliveryReceipt } from './sms-provider';

/** SMPP 3.4 message_state values (section 5.2.28). */
const STATES: Record<number, string> = {
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
};
/** States after which nothing more will happen to the message. */
const FINAL = new Set(['DELIVRD', 'EXPIRED', 'DELETED', 'UNDELIV', 'REJECTD']);

function textOf(field: Pdu['short_message']): string {
  if (!field) return '';
  return typeof field === 'string' ? field : (field.message ?? '');
}

/**
 * A delivery receipt from a deliver_sm: the TLVs when the centre sends them (SMPP 3.4), else
 * the "id:... stat:DELIVRD" text of appendix B that most centres also (or only) send.
 * Undefined for an ordinary incoming message or a state that is not final.
 */
export function parseReceipt(pdu: Pdu): DeliveryReceipt | undefined {
  const text = textOf(pdu.short_message) || textOf(pdu.message_payload);
  const messageId = pdu.receipted_message_id || /\bid:(\S+)/i.exec(text)?.[1];
  const state =
    (pdu.message_state !== undefined ? STATES[pdu.message_state] : undefined) ??
    /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  if (!messageId || !state || !FINAL.has(state)) return undefined;
  return state === 'DELIVRD'
    ? { messageId, delivered: true }
    : { messageId, delivered: false, reason: state };
}
