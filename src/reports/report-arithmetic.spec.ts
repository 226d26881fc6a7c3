import { dueCount, rateFields, returnPercent, returnRate, sumCounts } from './report-arithmetic';

describe('report arithmetic', () => {
  it('divides the work returned by the work due: returned (early too) plus overdue', () => {
    // 5 Ә of the issue: 8 packets due, 6 back, and 8 more sent today, due in three weeks
    // (they count in neither number).
    expect(dueCount({ returned: 6, overdue: 2 })).toBe(8);
    expect(returnRate({ returned: 6, overdue: 2 })).toBe(0.75);
    expect(returnPercent({ returned: 6, overdue: 2 })).toBe(75);
    expect(returnRate({ returned: 2, overdue: 1 })).toBe(0.667);
  });

  it('is 0 when nothing is due yet, and 100% when all work due came back', () => {
    expect(rateFields({ returned: 0, overdue: 0 })).toEqual({
      due: 0,
      returnRate: 0,
      returnPercent: 0,
    });
    expect(rateFields({ returned: 3, overdue: 0 })).toEqual({
      due: 3,
      returnRate: 1,
      returnPercent: 100,
    });
  });

  it('rounds whole percent half up from the counts, not from an already rounded rate', () => {
    expect(returnPercent({ returned: 3, overdue: 5 })).toBe(38); // 37.5 %
    expect(returnPercent({ returned: 1, overdue: 2 })).toBe(33); // 33.3 %
    expect(returnPercent({ returned: 2, overdue: 1 })).toBe(67); // 66.7 %
    // 749 of 2000 is 37.45 %: rounding the 3-decimal rate (0.375) first would give 38.
    expect(returnPercent({ returned: 749, overdue: 1251 })).toBe(37);
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
