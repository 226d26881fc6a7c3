import { CLERK_EVENTS } from '@domain/packets/journey';
import type { components } from '../api/schema';

type ScanDto = components['schemas']['ScanDto'];
export type StationEvent = ScanDto['event'];
export type Reason = NonNullable<ScanDto['reason']>;

/** What a post clerk records at the counter ("collected" is the teacher's, on a round). */
export const STATION_EVENTS: readonly StationEvent[] = CLERK_EVENTS;
export const REASONS: Reason[] = ['address_not_found', 'addressee_absent', 'refused', 'moved_away'];

export interface Choice {
  event: StationEvent;
  reason: Reason;
}
export const DEFAULT_CHOICE: Choice = { event: 'arrived', reason: 'address_not_found' };

/**
 * Where the browser keeps a clerk's chosen event: one key per clerk, so the next clerk at a
 * shared counter PC starts from the default (it also goes at sign-out).
 */
export const choiceKey = (userId: string): string => `kazpost.station.choice.${userId}`;

/** The event the clerk chose last, as remembered by the browser; the default for anything else. */
export function parseChoice(raw: string | null): Choice {
  try {
    const value = JSON.parse(raw ?? '{}') as Partial<Choice>;
    return {
      event: STATION_EVENTS.find((e) => e === value.event) ?? DEFAULT_CHOICE.event,
      reason: REASONS.find((r) => r === value.reason) ?? DEFAULT_CHOICE.reason,
    };
  } catch {
    return DEFAULT_CHOICE;
  }
}
