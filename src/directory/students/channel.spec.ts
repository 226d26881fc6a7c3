import {
  CHANNELS,
  channelOfDelivery,
  countChannels,
  deliveryOfChannel,
  PAPER_CHANNELS,
  POSTAL_CHANNELS,
} from './channel';

describe('a pupil channel', () => {
  it('turns the postal delivery modes into channels and back', () => {
    expect(channelOfDelivery('pickup')).toBe('post_pickup');
    expect(channelOfDelivery('door')).toBe('post_door');
    expect(deliveryOfChannel('post_door')).toBe('door');
    for (const channel of ['post_pickup', 'by_hand', 'online'] as const)
      expect(deliveryOfChannel(channel)).toBe('pickup');
  });

  it('sends paper to every channel but online, and only the post ones through Kazpost', () => {
    expect(CHANNELS.filter((c) => !PAPER_CHANNELS.includes(c))).toEqual(['online']);
    expect(POSTAL_CHANNELS).toEqual(['post_pickup', 'post_door']);
  });

  it('sums a class up: both post kinds together', () => {
    const class5 = [
      ...Array<'post_pickup'>(20).fill('post_pickup'),
      'post_door',
      'post_door',
      ...Array<'by_hand'>(4).fill('by_hand'),
      ...Array<'online'>(3).fill('online'),
    ] as const;
    expect(countChannels(class5)).toEqual({ post: 22, by_hand: 4, online: 3 });
    expect(countChannels([])).toEqual({ post: 0, by_hand: 0, online: 0 });
  });
});
