/** The counts one row of the returns report carries. */
export interface ReturnCounts {
  sent: number;
  delivered: number;
  returned: number;
  collected: number;
  reviewed: number;
  overdue: number;
}

type RateCounts = Pick<ReturnCounts, 'returned' | 'overdue'>;

/**
 * The packets whose work was due by the report's date: those returned (early or late) plus
 * those past their return date and not returned. A packet sent minutes ago and due in three
 * weeks is not due yet, so it cannot pull the rate down; an undeliverable or lost packet is
 * not overdue (the post failed, not the pupil) and is counted on its own.
 */
export function dueCount(counts: RateCounts): number {
  return counts.returned + counts.overdue;
}

/** Returned ÷ due, 0..1 to three decimals; 0 when nothing is due yet. */
export function returnRate(counts: RateCounts): number {
  const due = dueCount(counts);
  return due === 0 ? 0 : Math.round((counts.returned / due) * 1000) / 1000;
}

/** The rate in whole percent, rounded half up from the counts: what screens and CSV show. */
export function returnPercent(counts: RateCounts): number {
  const due = dueCount(counts);
  return due === 0 ? 0 : Math.round((counts.returned * 100) / due);
}

/** A report row's rate fields, all from one place. */
export function rateFields(counts: RateCounts): {
  due: number;
  returnRate: number;
  returnPercent: number;
} {
  return {
    due: dueCount(counts),
    returnRate: returnRate(counts),
    returnPercent: returnPercent(counts),
  };
}

export function sumCounts(rows: ReturnCounts[]): ReturnCounts {
  const total: ReturnCounts = {
    sent: 0,
    delivered: 0,
    returned: 0,
    collected: 0,
    reviewed: 0,
    overdue: 0,
  };
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof ReturnCounts)[]) total[key] += row[key];
  }
  return total;
}
