import type { components } from '../api/schema';
import { needsAttention } from './load';

type Packet = components['schemas']['ScheduledPacketView'];
const load = { overNorm: false } as Packet['load'];
const packet = (overrides: Partial<Packet>): Packet =>
  ({ releasedAt: null, cases: [{}], missingSubjects: [], load, ...overrides }) as Packet;

describe('a packet needing the deputy', () => {
  it('is one with no case, a missing subject or over the norm, until released', () => {
    expect(needsAttention(packet({}))).toBe(false);
    expect(needsAttention(packet({ cases: [] }))).toBe(true);
    expect(needsAttention(packet({ missingSubjects: ['mathematics'] }))).toBe(true);
    expect(needsAttention(packet({ load: { ...load, overNorm: true } }))).toBe(true);
    expect(needsAttention(packet({ cases: [], releasedAt: '2026-12-05T05:00:00Z' }))).toBe(false);
  });
});
