import { percent, returnRate, sumCounts } from './report-arithmetic';

describe('report arithmetic', () => {
  it('computes the return rate, and 0 when nothing was sent', () => {
    expect(returnRate({ sent: 3, returned: 2 })).toBe(0.667);
    expect(returnRate({ sent: 0, returned: 0 })).toBe(0);
    expect(percent(0.667)).toBe('66%');
  });

  it('adds rows up', () => {
    const row = { sent: 2, delivered: 2, returned: 1, collected: 1, reviewed: 0, overdue: 1 };
    expect(sumCounts([row, row])).toEqual({
      sent: 4,
      delivered: 4,
      returned: 2,
      collected: 2,
      reviewed: 0,
      overdue: 2,
    });
  });
});
