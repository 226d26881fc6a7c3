/** The counts one row of the returns report carries. */
export interface ReturnCounts {
  sent: number;
  delivered: number;
  returned: number;
  collected: number;
  reviewed: number;
  overdue: number;
}

/** Share of the packets sent whose work came back, 0..1 to three decimals; 0 when none was sent. */
export function returnRate(counts: Pick<ReturnCounts, 'sent' | 'returned'>): number {
  if (counts.sent === 0) return 0;
  return Math.round((counts.returned / counts.sent) * 1000) / 1000;
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

/** Rounds down to whole percent for display: 0.666 -> "66%". */
export function percent(rate: number): string {
  return `${Math.floor(rate * 100)}%`;
}
