import { packetSeries } from './packet-dates';

describe('packet series', () => {
  it('goes out weekly and comes back when the next one goes out', () => {
    expect(packetSeries('2026-12-28', 7, 3)).toEqual([
      { goesOutOn: '2026-12-28', comesBackOn: '2027-01-04' },
      { goesOutOn: '2027-01-04', comesBackOn: '2027-01-11' },
      { goesOutOn: '2027-01-11', comesBackOn: '2027-01-18' },
    ]);
  });

  it('comes back after the given days, fortnightly', () => {
    expect(packetSeries('2027-02-27', 14, 2, 10)).toEqual([
      { goesOutOn: '2027-02-27', comesBackOn: '2027-03-09' },
      { goesOutOn: '2027-03-13', comesBackOn: '2027-03-23' },
    ]);
  });
});
