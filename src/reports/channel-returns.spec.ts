import { channelReturns } from './channel-returns';

const counts = (sent: number, returned: number, overdue: number) => ({
  sent,
  delivered: sent,
  returned,
  collected: returned,
  reviewed: 0,
  overdue,
});

describe('returns per channel', () => {
  it('adds pickup and door into post, keeps by hand apart and counts online pupils with no packet', () => {
    const rows = channelReturns(
      [
        { byHand: false, ...counts(22, 9, 3) },
        { byHand: true, ...counts(4, 1, 1) },
      ],
      [
        { channel: 'post_pickup', pupils: 20 },
        { channel: 'post_door', pupils: 2 },
        { channel: 'by_hand', pupils: 4 },
        { channel: 'online', pupils: 3 },
      ],
    );
    expect(
      rows.map((r) => [r.channel, r.pupils, r.sent, r.returned, r.due, r.returnPercent]),
    ).toEqual([
      ['post', 22, 22, 9, 12, 75],
      ['by_hand', 4, 4, 1, 2, 50],
      ['online', 3, 0, 0, 0, 0],
    ]);
  });

  it('gives all three rows even when a school has no by-hand packets yet', () => {
    const rows = channelReturns([{ byHand: false, ...counts(5, 5, 0) }], []);
    expect(rows.map((r) => [r.channel, r.pupils, r.sent])).toEqual([
      ['post', 0, 5],
      ['by_hand', 0, 0],
      ['online', 0, 0],
    ]);
  });
});
