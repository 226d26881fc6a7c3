import { api } from '../api/client';
import { allScans, QueuedScan, saveScan } from './queue';

/**
 * Sends every scan the service has not answered yet, in the order they were taken, with each
 * one's station time and id (so a resend after a lost answer is a duplicate, not a new scan),
 * and keeps each answer beside its scan. Throws when the service cannot be reached: the scans
 * stay queued for the next try.
 */
export async function sendQueued(userId: string): Promise<number> {
  const waiting = (await allScans(userId)).filter((s) => !s.result);
  for (let start = 0; start < waiting.length; start += 500) {
    const part = waiting.slice(start, start + 500);
    const { data, error } = await api.POST('/scans/batch', {
      body: {
        scans: part.map(({ code, event, reason, scannedAt, clientId }) => ({
          code,
          event,
          reason,
          scannedAt,
          clientId,
        })),
      },
    });
    if (!data) throw error ?? new Error('no answer');
    for (const item of data.results) await saveScan(withResult(part[item.index], item));
  }
  return waiting.length;
}

function withResult(
  scan: QueuedScan,
  item: { statusCode: number; transition?: 'applied' | 'duplicate'; code?: string },
): QueuedScan {
  if (item.statusCode < 300) return { ...scan, result: { outcome: item.transition ?? 'applied' } };
  return { ...scan, result: { outcome: 'failed', errorCode: item.code } };
}
