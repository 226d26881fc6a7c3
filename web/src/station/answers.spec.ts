import { withAnswer } from './answers';
import type { QueuedScan } from './queue';

const scan: QueuedScan = {
  seq: 4,
  userId: 'clerk-1',
  clientId: 'c-4',
  code: 'RR123456785KZ',
  event: 'arrived',
  scannedAt: '2026-12-05T04:00:00.000Z',
};

describe("the station's answers kept beside its scans", () => {
  it('keeps a recorded scan, and a resend the service had already recorded', () => {
    expect(withAnswer(scan, { statusCode: 201, transition: 'applied' })).toEqual({
      ...scan,
      result: { outcome: 'applied' },
    });
    expect(withAnswer(scan, { statusCode: 200, transition: 'duplicate' }).result).toEqual({
      outcome: 'duplicate',
    });
    expect(withAnswer(scan, { statusCode: 201 }).result).toEqual({ outcome: 'applied' });
  });

  it("keeps a refusal with its code, for the clerk's words", () => {
    expect(withAnswer(scan, { statusCode: 409, code: 'packet.illegal_transition' })).toEqual({
      ...scan,
      result: { outcome: 'failed', errorCode: 'packet.illegal_transition' },
    });
  });

  it('leaves the scan it was given as it was', () => {
    withAnswer(scan, { statusCode: 422, code: 'scan.wrong_office' });
    expect(scan.result).toBeUndefined();
  });
});
