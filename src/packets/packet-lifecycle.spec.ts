import {
  decideTransition,
  PACKET_EVENTS,
  PacketEvent,
  statusesAllowing,
  stepsReachedBy,
} from './packet-lifecycle';
import { PACKET_STATUSES, PacketStatus } from './packet-status';

const FORWARD: PacketStatus[] = [
  'created',
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'collected',
  'reviewed',
];

describe('packet lifecycle', () => {
  it('walks a full life from created to reviewed', () => {
    let status: PacketStatus = 'created';
    const past: PacketEvent[] = [];
    for (const event of [
      'posted',
      'arrived',
      'delivered',
      'return_received',
      'collected',
      'reviewed',
    ] as const) {
      const transition = decideTransition(status, event, past);
      expect(transition).toEqual({ kind: 'apply', next: event });
      status = event;
      past.push(event);
    }
  });

  it('walks a by-hand packet from handed over to reviewed, never through the post', () => {
    let status: PacketStatus = 'created';
    const past: PacketEvent[] = [];
    for (const event of ['handed_over', 'taken_back', 'collected', 'reviewed'] as const) {
      expect(decideTransition(status, event, past, true)).toEqual({ kind: 'apply', next: event });
      status = event;
      past.push(event);
    }
    expect(decideTransition('created', 'posted', [], true)).toEqual({
      kind: 'illegal',
      current: 'created',
    });
    expect(decideTransition('created', 'handed_over', [], false)).toEqual({
      kind: 'illegal',
      current: 'created',
    });
  });

  it('lets a door-to-door packet skip the arrival scan', () => {
    expect(decideTransition('posted', 'delivered', ['posted'])).toEqual({
      kind: 'apply',
      next: 'delivered',
    });
  });

  it('never moves backward', () => {
    for (let i = 1; i < FORWARD.length; i++) {
      for (let j = 1; j < i; j++) {
        const transition = decideTransition(FORWARD[i], FORWARD[j] as PacketEvent, []);
        expect(transition).toEqual({ kind: 'illegal', current: FORWARD[i] });
      }
    }
  });

  it('treats an event the packet already had as a duplicate', () => {
    expect(decideTransition('arrived', 'posted', ['posted', 'arrived'])).toEqual({
      kind: 'duplicate',
    });
    expect(decideTransition('posted', 'posted', ['posted'])).toEqual({ kind: 'duplicate' });
  });

  it('refuses collection of work that was never handed in', () => {
    expect(decideTransition('delivered', 'collected', ['posted', 'delivered'])).toEqual({
      kind: 'illegal',
      current: 'delivered',
    });
  });

  it('ends the journey at undeliverable, lost and reviewed', () => {
    for (const end of ['undeliverable', 'lost', 'reviewed'] as const) {
      for (const event of PACKET_EVENTS)
        expect(decideTransition(end, event, []).kind).toBe('illegal');
    }
  });
});

describe('statuses an event may follow', () => {
  it('agree with the decision for every status and event, by post or by hand', () => {
    for (const event of PACKET_EVENTS)
      for (const status of PACKET_STATUSES)
        expect(statusesAllowing(event).includes(status)).toBe(
          decideTransition(status, event, [], false).kind === 'apply' ||
            decideTransition(status, event, [], true).kind === 'apply',
        );
  });

  it('never include the status the event itself leads to, so a second copy waiting on the row lock is refused', () => {
    for (const event of PACKET_EVENTS) expect(statusesAllowing(event)).not.toContain(event);
  });
});

describe('steps reached', () => {
  it('counts a return as a delivery even when the delivery scan was missed', () => {
    expect(stepsReachedBy('return_received')).toEqual(['delivered_at', 'returned_at']);
    expect(stepsReachedBy('posted')).toEqual([]);
    expect(stepsReachedBy('lost')).toEqual(['ended_at']);
  });
});
