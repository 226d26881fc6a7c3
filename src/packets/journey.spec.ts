import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AWAITING_WORK_STEPS,
  CARRIER_EVENTS,
  CLERK_EVENTS,
  ENDED_STEPS,
  FINAL_STEPS,
  JOURNEY,
  journeyIndex,
  officeRecording,
  PACKET_EVENTS,
  PACKET_STATUSES,
  PacketStatus,
  recorderOf,
  RETURNED_STEPS,
  SCAN_EVENTS,
  SENT_NOT_BACK_STEPS,
  statusesAllowing,
  stepFitsRoute,
  stepsReachedBy,
} from './journey';

const eventsAfter = (status: PacketStatus) =>
  PACKET_EVENTS.filter((event) => statusesAllowing(event).includes(status));

describe('the journey table', () => {
  it('names each step once, starting at created', () => {
    expect(new Set(PACKET_STATUSES).size).toBe(JOURNEY.length);
    expect(PACKET_STATUSES[0]).toBe('created');
    expect(PACKET_EVENTS).toEqual(PACKET_STATUSES.slice(1));
  });

  it('only moves forward: every step follows steps above it', () => {
    for (const row of JOURNEY)
      for (const before of row.after) {
        expect(PACKET_STATUSES).toContain(before);
        expect(journeyIndex(before as PacketStatus)).toBeLessThan(journeyIndex(row.step));
      }
  });

  it('makes the moves the post and the school make', () => {
    expect(Object.fromEntries(PACKET_STATUSES.map((s) => [s, eventsAfter(s)]))).toEqual({
      created: ['posted', 'arrived', 'delivered', 'handed_over'],
      posted: ['arrived', 'delivered', 'return_received', 'undeliverable', 'lost'],
      arrived: ['delivered', 'return_received', 'undeliverable', 'lost'],
      delivered: ['return_received'],
      handed_over: ['taken_back'],
      return_received: ['collected', 'lost'],
      taken_back: ['collected'],
      collected: ['reviewed'],
      reviewed: [],
      undeliverable: [],
      lost: [],
    });
  });

  it('says which steps count as returned, which end the journey and which still await work', () => {
    expect(RETURNED_STEPS).toEqual(['return_received', 'taken_back', 'collected', 'reviewed']);
    expect(ENDED_STEPS).toEqual(['undeliverable', 'lost']);
    expect(FINAL_STEPS).toEqual(['reviewed', 'undeliverable', 'lost']);
    expect(AWAITING_WORK_STEPS).toEqual([
      'created',
      'posted',
      'arrived',
      'delivered',
      'handed_over',
    ]);
    expect(SENT_NOT_BACK_STEPS).toEqual(['posted', 'arrived', 'delivered', 'handed_over']);
  });

  it('says who records each step, and at which office a clerk does', () => {
    expect(CLERK_EVENTS).toEqual([
      'posted',
      'arrived',
      'delivered',
      'return_received',
      'undeliverable',
      'lost',
    ]);
    expect(SCAN_EVENTS).toEqual([
      ...CLERK_EVENTS.slice(0, 3),
      'handed_over',
      'return_received',
      'taken_back',
      'collected',
      'undeliverable',
      'lost',
    ]);
    expect(CARRIER_EVENTS).toEqual(['handed_over', 'taken_back']);
    expect(recorderOf('collected')).toBe('teacher');
    expect(recorderOf('reviewed')).toBe('reviewer');
    expect(officeRecording('posted')).toBe('origin');
    expect(officeRecording('arrived')).toBe('destination');
    expect(officeRecording('lost')).toBe('either');
    for (const row of JOURNEY) expect(row.office !== null).toBe(row.by === 'clerk');
  });

  it("keeps a by-hand packet off the postal steps, and a posted one off the carrier's", () => {
    const byHand = PACKET_EVENTS.filter((step) => stepFitsRoute(step, true));
    expect(byHand).toEqual(['handed_over', 'taken_back', 'collected', 'reviewed']);
    const byPost = PACKET_EVENTS.filter((step) => stepFitsRoute(step, false));
    expect(byPost).not.toContain('handed_over');
    expect(byPost).not.toContain('taken_back');
    expect(byPost).toContain('collected');
  });

  it('sets the columns of every step on the way, and only ended_at for an end', () => {
    expect(stepsReachedBy('handed_over')).toEqual(['delivered_at']);
    expect(stepsReachedBy('taken_back')).toEqual(['delivered_at', 'returned_at']);
    expect(stepsReachedBy('posted')).toEqual([]);
    expect(stepsReachedBy('delivered')).toEqual(['delivered_at']);
    expect(stepsReachedBy('return_received')).toEqual(['delivered_at', 'returned_at']);
    expect(stepsReachedBy('reviewed')).toEqual([
      'delivered_at',
      'returned_at',
      'collected_at',
      'reviewed_at',
    ]);
    expect(stepsReachedBy('lost')).toEqual(['ended_at']);
    expect(stepsReachedBy('undeliverable')).toEqual(['ended_at']);
  });

  it('has words for every step in every web catalogue', () => {
    for (const language of ['kk', 'ru', 'ky']) {
      const path = join(__dirname, '../../web/src/i18n', `${language}.json`);
      const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
      const missing = PACKET_STATUSES.filter((step) => !words[`status.${step}`]);
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });
});
