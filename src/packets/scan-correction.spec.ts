import { standingFrom } from './scan-correction';

const at = (day: number): Date => new Date(Date.UTC(2026, 10, day, 9));

describe('the standing a correction restores', () => {
  it('is "created" with no step when no event counts', () => {
    expect(standingFrom([])).toEqual({
      status: 'created',
      steps: {
        delivered_at: null,
        returned_at: null,
        collected_at: null,
        reviewed_at: null,
        ended_at: null,
      },
    });
  });

  it('takes the furthest step, whatever order the scans came in', () => {
    const standing = standingFrom([
      { event: 'arrived', occurredAt: at(3) },
      { event: 'posted', occurredAt: at(1) },
    ]);
    expect(standing.status).toBe('arrived');
    expect(standing.steps.delivered_at).toBeNull();
  });

  it('dates each step by the earliest event that proves it', () => {
    const standing = standingFrom([
      { event: 'posted', occurredAt: at(1) },
      { event: 'delivered', occurredAt: at(4) },
      { event: 'return_received', occurredAt: at(9) },
    ]);
    expect(standing).toMatchObject({
      status: 'return_received',
      steps: { delivered_at: at(4), returned_at: at(9), collected_at: null },
    });
  });
});
