import { nextMorning, sendableFrom, startOfLocalDay } from './send-window';

describe('when a text message may be sent', () => {
  it('goes at once during the day in Almaty', () => {
    const noon = new Date('2026-12-01T12:00:00+05:00');
    expect(sendableFrom(noon)).toEqual(noon);
    const lastMinute = new Date('2026-12-01T20:59:00+05:00');
    expect(sendableFrom(lastMinute)).toEqual(lastMinute);
  });

  it('waits from 21:00 until 09:00 the next morning', () => {
    expect(sendableFrom(new Date('2026-12-01T23:00:00+05:00'))).toEqual(
      new Date('2026-12-02T09:00:00+05:00'),
    );
    expect(sendableFrom(new Date('2026-12-01T21:00:00+05:00'))).toEqual(
      new Date('2026-12-02T09:00:00+05:00'),
    );
  });

  it('waits after midnight until 09:00 the same day, across month ends', () => {
    expect(sendableFrom(new Date('2026-12-31T19:30:00Z'))).toEqual(
      new Date('2027-01-01T09:00:00+05:00'),
    );
    expect(sendableFrom(new Date('2026-12-02T08:59:00+05:00'))).toEqual(
      new Date('2026-12-02T09:00:00+05:00'),
    );
  });

  it('counts a school day from local midnight, and the capped wait ends the next morning', () => {
    const late = new Date('2026-12-01T22:10:00+05:00');
    expect(startOfLocalDay(late)).toEqual(new Date('2026-12-01T00:00:00+05:00'));
    expect(nextMorning(late)).toEqual(new Date('2026-12-02T09:00:00+05:00'));
  });
});

describe('quiet hours set by the service', () => {
  it('follows the configured hours, and none means any hour', () => {
    const late = new Date('2026-12-01T20:30:00+05:00');
    expect(sendableFrom(late, { from: 20, to: 8 })).toEqual(new Date('2026-12-02T08:00:00+05:00'));
    expect(sendableFrom(late, null)).toEqual(late);
    expect(nextMorning(late, null)).toEqual(new Date('2026-12-02T00:00:00+05:00'));
  });
});
