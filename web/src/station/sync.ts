import { api } from '../api/client';
import { withAnswer } from './answers';
import { allScans, saveScan } from './queue';

/**
 * Sends every scan the service has not answered yet, in the order they were taken, with each
 * one's station time and id (so a resend after a lost answer is a duplicate, not a new scan),
 * and keeps each answer beside its scan. Throws when the service cannot be reached: the scans
 * stay queued for the next try.
 */
async function sendQueued(userId: string): Promise<number> {
  const waiting = (await allScans(userId)).filter((s) => !s.result);
  for (let start = 0; start < waiting.length; start += 500) {
    const part = waiting.slice(start, start + 500);
    const { data, response } = await api.POST('/scans/batch', {
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
    if (!data) throw new Error(`the service refused the scans (${response.status})`);
    for (const item of data.results) await saveScan(withAnswer(part[item.index], item));
  }
  return waiting.length;
}

/**
 * Sends what waits, or asks whether the service is there when nothing does; answers whether
 * it could be reached and how many scans it answered for. A computer can be "online" to the
 * browser while the line to the service is down (a village's router with no uplink), so the
 * station does not trust the browser alone.
 */
export async function syncStation(userId: string): Promise<{ reachable: boolean; sent: number }> {
  try {
    const sent = await sendQueued(userId);
    if (sent === 0) await api.GET('/health');
    return { reachable: true, sent };
  } catch (e) {
    // fetch rejects (a TypeError) only when no answer came; an answer with an error is a reach.
    return { reachable: !(e instanceof TypeError), sent: 0 };
  }
}
