import { createHash } from 'node:crypto';
import { PacketStatus } from '@/packets/packet-status';

const HOUR = 3_600_000;

/** The statuses of a packet in the postal part of its journey: the ones Kazpost is asked about. */
export const TRACKED_STATUSES: readonly PacketStatus[] = ['created', 'posted', 'arrived'];

/**
 * How long until a packet is asked about again. Kazpost keeps an answer for an hour, so never
 * sooner than that. Packets that should move soon are asked more often: a posted packet from
 * its second day on (domestic letters take 2 to 8 days), an arrived one while it waits for the
 * family. A packet not yet handed to Kazpost is asked about least.
 */
export function checkInterval(status: PacketStatus, lastMovedAt: Date, now: Date): number {
  if (status === 'created') return 8 * HOUR;
  if (status === 'posted')
    return now.getTime() - lastMovedAt.getTime() < 24 * HOUR ? 6 * HOUR : 2 * HOUR;
  return 3 * HOUR;
}

/**
 * When to ask next: the interval, moved by up to a fifth either way by the packet's id, so the
 * packets of one dispatch spread over the day instead of all coming due in the same minute.
 */
export function nextCheckAt(packetId: string, interval: number, now: Date): Date {
  const spread = (spreadOf(packetId) - 0.5) * 0.4 * interval;
  return new Date(now.getTime() + Math.max(HOUR, interval + spread));
}

/** After a failed check of one packet: 15 minutes, doubling with each failure, at most 12 hours. */
export function retryDelay(failures: number): number {
  return Math.min(12 * HOUR, 15 * 60_000 * 2 ** Math.max(0, failures - 1));
}

/** After Kazpost itself failed (down, slow, refusing): 1 minute, doubling, at most 30 minutes. */
export function pauseAfter(consecutiveFailures: number): number {
  return Math.min(30 * 60_000, 60_000 * 2 ** Math.max(0, consecutiveFailures - 1));
}

/** A stable number in [0, 1) from an id; ids made one after another land far apart. */
function spreadOf(id: string): number {
  return createHash('sha1').update(id).digest().readUInt32BE(0) / 2 ** 32;
}
