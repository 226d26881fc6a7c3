import { addDays } from '@/common/dates';

/** One packet's dates: the day it goes out and the day work comes back. */
export interface PacketDates {
  goesOutOn: string;
  comesBackOn: string;
}

/**
 * A run of packets from `startOn`, one every `periodDays` (7 weekly, 14 fortnightly), each
 * coming back `returnAfterDays` after it goes out (by default when the next one goes out).
 */
export function packetSeries(
  startOn: string,
  periodDays: number,
  count: number,
  returnAfterDays = periodDays,
): PacketDates[] {
  return Array.from({ length: count }, (_, i) => {
    const goesOutOn = addDays(startOn, i * periodDays);
    return { goesOutOn, comesBackOn: addDays(goesOutOn, returnAfterDays) };
  });
}
