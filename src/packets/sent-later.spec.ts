import { sentLater } from './sent-later';

const at = new Date('2026-12-10T10:00:00Z');
const later = (ms: number): Date => new Date(at.getTime() + ms);

describe('which scans carry their station time', () => {
  it('marks a queued scan that reached the service minutes later', () => {
    expect(sentLater({ clientId: 'a1', occurredAt: at, recordedAt: later(5 * 60_000) })).toBe(true);
  });

  it('does not mark a station scan sent at once', () => {
    expect(sentLater({ clientId: 'a1', occurredAt: at, recordedAt: later(800) })).toBe(false);
    expect(sentLater({ clientId: 'a1', occurredAt: at, recordedAt: later(60_000) })).toBe(false);
  });

  it('does not mark a scan with no station id (the service took its time)', () => {
    expect(sentLater({ clientId: null, occurredAt: at, recordedAt: later(3_600_000) })).toBe(false);
  });
});
