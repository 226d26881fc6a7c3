/**
 * An event counts unless a correction set it right: every query that reads packet_events for
 * what happened adds this condition on its alias (history shows corrected events, marked).
 */
export const uncorrected = (alias: string): string =>
  `NOT EXISTS (SELECT 1 FROM packet_event_corrections x WHERE x.event_id = ${alias}.id)`;
