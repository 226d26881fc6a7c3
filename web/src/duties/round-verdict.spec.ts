import { roundVerdict, type ScannedPacket } from './round-verdict';

const office = 'office-1';
const byHand = (status: ScannedPacket['status']): ScannedPacket => ({
  status,
  byHand: true,
  destinationOfficeId: office,
});
const posted = (status: ScannedPacket['status']): ScannedPacket => ({
  ...byHand(status),
  byHand: false,
});

describe("a round's verdict on a scanned packet", () => {
  it('hands over a new by-hand packet and takes back the work of one handed over', () => {
    expect(roundVerdict(byHand('created'), 'handed_over', office)).toBe('ready');
    expect(roundVerdict(byHand('handed_over'), 'taken_back', office)).toBe('ready');
  });

  it('says a by-hand packet scanned early is not yet handed over, or not yet taken back', () => {
    expect(roundVerdict(byHand('created'), 'taken_back', office)).toBe('not_handed_over');
    expect(roundVerdict(byHand('created'), 'collected', office)).toBe('not_handed_over');
    expect(roundVerdict(byHand('handed_over'), 'collected', office)).toBe('not_taken_back');
  });

  it('says a posted packet scanned early is not handed in at the post yet', () => {
    expect(roundVerdict(posted('delivered'), 'collected', office)).toBe('not_back');
    expect(roundVerdict(posted('return_received'), 'collected', office)).toBe('ready');
  });

  it('collects by-hand work taken back, as the service allows', () => {
    expect(roundVerdict(byHand('taken_back'), 'collected', office)).toBe('ready');
  });

  it('tells a step already recorded from one not reached', () => {
    expect(roundVerdict(byHand('handed_over'), 'handed_over', office)).toBe('already');
    expect(roundVerdict(byHand('collected'), 'taken_back', office)).toBe('already');
  });

  it('keeps posted packets off carrier steps, and names the other village or office', () => {
    expect(roundVerdict(posted('created'), 'handed_over', office)).toBe('by_post');
    expect(
      roundVerdict({ ...byHand('created'), destinationOfficeId: 'x' }, 'handed_over', office),
    ).toBe('other_village');
    expect(
      roundVerdict({ ...posted('return_received'), destinationOfficeId: 'x' }, 'collected', office),
    ).toBe('elsewhere');
    expect(roundVerdict(undefined, 'collected', office)).toBe('unknown');
  });
});
