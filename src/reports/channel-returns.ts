import { POSTAL_CHANNELS, PupilChannel } from '@/directory/students/channel';
import { rateFields, ReturnCounts, sumCounts } from './report-arithmetic';
import type { ChannelReturns } from './report.view';

/** Pupils per channel and the packets carried by hand (true) or posted (false). */
interface ChannelSources {
  routes: (ReturnCounts & { byHand: boolean })[];
  pupils: { channel: PupilChannel; pupils: number }[];
}

/**
 * The report's rows per channel, always all three: by post (pickup and door together), by
 * hand, and online (pupils counted, no packet). A packet counts by how it travelled when made.
 */
export function channelReturns(
  routes: ChannelSources['routes'],
  pupils: ChannelSources['pupils'],
): ChannelReturns[] {
  const pupilsOf = (channels: readonly PupilChannel[]) =>
    pupils.filter((p) => channels.includes(p.channel)).reduce((n, p) => n + p.pupils, 0);
  const countsOf = (byHand: boolean) =>
    sumCounts(routes.filter((r) => r.byHand === byHand).map(({ byHand: _b, ...c }) => c));
  const row = (channel: ChannelReturns['channel'], count: number, counts: ReturnCounts) => ({
    channel,
    pupils: count,
    ...counts,
    ...rateFields(counts),
  });
  return [
    row('post', pupilsOf(POSTAL_CHANNELS), countsOf(false)),
    row('by_hand', pupilsOf(['by_hand']), countsOf(true)),
    row('online', pupilsOf(['online']), sumCounts([])),
  ];
}
