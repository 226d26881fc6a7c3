import { PacketEvent } from '@/packets/packet-lifecycle';
import { ENDED_STEPS, journeyIndex } from '@/packets/journey';
import { PacketStatus } from '@/packets/packet-status';
import { KazpostOperation } from './kazpost-answer';
import { meaningOf } from './kazpost-codes';

/** Why Kazpost's record and ours do not agree. */
export const DISAGREEMENT_KINDS = ['other_office', 'conflicting_step'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

/** What one of Kazpost's operations does to a packet of ours. */
export type Decision =
  | { kind: 'record'; event: PacketEvent }
  | { kind: 'skip'; unknownCode?: string }
  | { kind: 'disagree'; disagreement: DisagreementKind; event: PacketEvent };

/** A step on the way, not one that ends the journey: their order says which came first. */
const onTheWay = (step: PacketStatus): boolean => !ENDED_STEPS.includes(step);

/**
 * Turns one operation into our event. Arrival and hand-over count at the packet's delivery
 * office only (by postcode): an arrival elsewhere (or at an office Kazpost does not name) is
 * transit, a hand-over elsewhere is a disagreement to show, not to merge. Returned to sender
 * ends the journey as undeliverable.
 */
export function decide(operation: KazpostOperation, deliveryPostcode: string): Decision {
  const meaning = meaningOf(operation.code);
  if (!meaning) return { kind: 'skip', unknownCode: operation.code };
  const here = operation.postcode === deliveryPostcode;
  switch (meaning) {
    case 'ignored':
      return { kind: 'skip' };
    case 'posted':
      return { kind: 'record', event: 'posted' };
    case 'arrived':
      return here ? { kind: 'record', event: 'arrived' } : { kind: 'skip' };
    case 'delivered':
      return here || operation.postcode === null
        ? { kind: 'record', event: 'delivered' }
        : { kind: 'disagree', disagreement: 'other_office', event: 'delivered' };
    case 'returned':
      return { kind: 'record', event: 'undeliverable' };
  }
}

/**
 * When our record refuses Kazpost's event: a step our record has already passed (the clerk
 * scanned a later one first) is no news; anything else contradicts it (Kazpost says delivered,
 * we say undeliverable, or the other way round).
 */
export function refusalMeans(status: PacketStatus, event: PacketEvent): 'passed' | 'conflict' {
  return onTheWay(status) && onTheWay(event) && journeyIndex(status) >= journeyIndex(event)
    ? 'passed'
    : 'conflict';
}
