import type { DeliveryMode } from './delivery';

/**
 * How a pupil's lessons reach them, decided by the deputy for upbringing: by post (picked up
 * at the office, or to the door), by hand (a member of staff or a courier takes the packet to
 * the village and brings the work back), or online (no paper: counted, but sent no packet).
 * No imports of Nest or TypeORM, so the web app reads it too.
 */
export const CHANNELS = ['post_pickup', 'post_door', 'by_hand', 'online'] as const;
export type PupilChannel = (typeof CHANNELS)[number];

/** The channels whose packets go through Kazpost. */
export const POSTAL_CHANNELS: readonly PupilChannel[] = ['post_pickup', 'post_door'];

/** The channels that get a paper packet. */
export const PAPER_CHANNELS: readonly PupilChannel[] = ['post_pickup', 'post_door', 'by_hand'];

/** The channel a postal delivery mode names (what the pupil form and the roster file give). */
export const channelOfDelivery = (delivery: DeliveryMode): PupilChannel =>
  delivery === 'door' ? 'post_door' : 'post_pickup';

/** The delivery mode older clients read: door only for post to the door. */
export const deliveryOfChannel = (channel: PupilChannel): DeliveryMode =>
  channel === 'post_door' ? 'door' : 'pickup';

/** How a class's pupils split between the channels, as the class page sums them up. */
export type ChannelCounts = Record<'post' | 'by_hand' | 'online', number>;

export function countChannels(channels: readonly PupilChannel[]): ChannelCounts {
  const counts: ChannelCounts = { post: 0, by_hand: 0, online: 0 };
  for (const channel of channels)
    counts[POSTAL_CHANNELS.includes(channel) ? 'post' : (channel as 'by_hand' | 'online')]++;
  return counts;
}
