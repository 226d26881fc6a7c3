import type { components } from '../api/schema';
import type { QueuedScan } from './queue';

type BatchItem = Pick<
  components['schemas']['BatchItemResult'],
  'statusCode' | 'transition' | 'code'
>;

/**
 * A scan with the service's answer for it kept beside it: recorded (or already recorded
 * before, a resend), or refused with the error code the station shows in the clerk's words.
 */
export function withAnswer(scan: QueuedScan, item: BatchItem): QueuedScan {
  if (item.statusCode < 300) return { ...scan, result: { outcome: item.transition ?? 'applied' } };
  return { ...scan, result: { outcome: 'failed', errorCode: item.code } };
}
