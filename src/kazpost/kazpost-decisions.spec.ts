import { KazpostOperation } from './kazpost-answer';
import { meaningOf } from './kazpost-codes';
import { decide, refusalMeans } from './kazpost-decisions';

const at = (code: string, postcode: string | null): KazpostOperation => ({
  code,
  occurredAt: new Date('2026-12-01T05:00:00Z'),
  postcode,
  officeName: null,
});
const HOME = 'A15E3C5';

describe("Kazpost's operation codes", () => {
  it('counts acceptance and batch acceptance as posted, wherever they happen', () => {
    expect(decide(at('RCPOPS', '050010'), HOME)).toEqual({ kind: 'record', event: 'posted' });
    expect(decide(at('BAT', null), HOME)).toEqual({ kind: 'record', event: 'posted' });
  });

  it('counts an arrival only at the delivery office; elsewhere it is transit', () => {
    expect(decide(at('TRNRPO', HOME), HOME)).toEqual({ kind: 'record', event: 'arrived' });
    expect(decide(at('TRNRPO', '050000'), HOME)).toEqual({ kind: 'skip' });
    expect(decide(at('PRC', null), HOME)).toEqual({ kind: 'skip' });
  });

  it('shows a hand-over at another office as a disagreement', () => {
    expect(decide(at('ISSSC', HOME), HOME)).toEqual({ kind: 'record', event: 'delivered' });
    expect(decide(at('DPAY', '050010'), HOME)).toEqual({
      kind: 'disagree',
      disagreement: 'other_office',
      event: 'delivered',
    });
  });

  it('ends the journey on a return to sender, not on one failed attempt', () => {
    expect(decide(at('RET', HOME), HOME)).toEqual({ kind: 'record', event: 'undeliverable' });
    expect(decide(at('NONDLV', HOME), HOME)).toEqual({ kind: 'skip' });
  });

  it('ignores sorting and undo codes and reports codes it does not know', () => {
    expect(meaningOf('SRTSND')).toBe('ignored');
    expect(meaningOf('DLV_UNDO')).toBe('ignored');
    expect(decide(at('XYZ', HOME), HOME)).toEqual({ kind: 'skip', unknownCode: 'XYZ' });
  });

  it('tells a step already passed from a contradiction', () => {
    expect(refusalMeans('delivered', 'arrived')).toBe('passed');
    expect(refusalMeans('return_received', 'delivered')).toBe('passed');
    expect(refusalMeans('undeliverable', 'delivered')).toBe('conflict');
    expect(refusalMeans('delivered', 'undeliverable')).toBe('conflict');
  });
});
