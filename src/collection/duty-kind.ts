/**
 * What a duty's teacher does at each of its places at least every 14 days: collects the work
 * handed in at the post office (`collect`), or carries by-hand packets to the pupils of the
 * office's villages and takes their work back (`carry`). No imports, so the web app reads it.
 */
export const DUTY_KINDS = ['collect', 'carry'] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

/** The step a round records for each piece of work it takes. */
export const ROUND_EVENT = { collect: 'collected', carry: 'taken_back' } as const;

/** The step that puts work in the duty's hands to take (handed in at the office, or with the family). */
export const WAITING_FROM = { collect: 'return_received', carry: 'handed_over' } as const;

/** A carrier's round also hands the new by-hand packets over to the families. */
export const HAND_OVER_EVENT = 'handed_over';

/** What a round records for one code. */
export type RoundEvent = (typeof ROUND_EVENT)[DutyKind] | typeof HAND_OVER_EVENT;

/**
 * Work a carrier took back is then brought into school: recorded as the step a collecting
 * teacher's round records ("collected"), on the carrier's duty.
 */
export const BRING_IN = { from: ROUND_EVENT.carry, event: ROUND_EVENT.collect } as const;
