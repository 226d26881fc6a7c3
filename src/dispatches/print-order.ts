/** What the order needs of a pupil. */
export interface Addressee {
  channel: string;
  postOfficeId: string;
}

/**
 * The order a dispatch numbers and prints its packets in: those going by post first, in
 * class-list order (the post office's list then runs 1, 2, 3 with no gap); then the by-hand
 * ones together, office by office (by postcode: the villages a carrier serves), each office's
 * in class-list order, so the carrier's pile comes off the printer in one piece.
 */
export function printOrder<T extends Addressee>(
  pupils: readonly T[],
  postcodeOf: (officeId: string) => string,
): T[] {
  const byHand = pupils.filter((p) => p.channel === 'by_hand');
  const villages = [...new Set(byHand.map((p) => p.postOfficeId))].sort((a, b) =>
    postcodeOf(a).localeCompare(postcodeOf(b)),
  );
  return [
    ...pupils.filter((p) => p.channel !== 'by_hand'),
    ...villages.flatMap((office) => byHand.filter((p) => p.postOfficeId === office)),
  ];
}
