import { scansToForget, SHIFT_MS } from './retention';

const now = new Date('2026-12-10T12:00:00Z');
const ago = (ms: number): string => new Date(now.getTime() - ms).toISOString();
const answered = { outcome: 'applied' };

describe('what a shared counter PC forgets of past scans', () => {
  const scans = [
    { seq: 1, userId: 'anna', scannedAt: ago(60_000), result: answered },
    { seq: 2, userId: 'anna', scannedAt: ago(60_000) },
    { seq: 3, userId: 'bota', scannedAt: ago(60_000), result: answered },
    { seq: 4, userId: 'bota', scannedAt: ago(SHIFT_MS + 1), result: answered },
    { seq: 5, userId: 'bota', scannedAt: ago(SHIFT_MS + 1) },
  ];

  it("forgets another clerk's answered scans and this clerk's older ones", () => {
    expect(scansToForget(scans, 'bota', now)).toEqual([1, 4]);
  });

  it("never forgets a scan not yet sent, whoever's it is", () => {
    expect(scansToForget(scans, 'bota', now, true)).toEqual([1, 3, 4]);
    expect(scansToForget(scans, 'anna', now, true)).not.toContain(2);
    expect(scansToForget(scans, 'anna', now)).not.toContain(5);
  });
});
