/**
 * The packet's journey, in order: every step a packet can be at, written once. The state
 * machine, the statuses, the scan corrections, the events a scan or a station may record, the
 * reports' "furthest step" and their returned/ended counts are all read from this table (the
 * web app imports it too). No imports, so the web app can.
 *
 * | step            | may follow                        | recorded by             | outcome  | sets          | route |
 * | --------------- | --------------------------------- | ----------------------- | -------- | ------------- | ----- |
 * | created         | (a dispatch makes it)             | dispatch                |          |               |       |
 * | posted          | created                           | clerk, origin office    |          |               | post  |
 * | arrived         | created, posted                   | clerk, destination      |          |               | post  |
 * | delivered       | created, posted, arrived          | clerk, destination      |          | delivered_at  | post  |
 * | handed_over     | created                           | carrier                 |          | delivered_at  | hand  |
 * | return_received | posted, arrived, delivered        | clerk, destination      | returned | returned_at   | post  |
 * | taken_back      | handed_over                       | carrier                 | returned | returned_at   | hand  |
 * | collected       | return_received, taken_back       | collecting teacher      | returned | collected_at  |       |
 * | reviewed        | collected                         | reviewing teacher       | returned | reviewed_at   |       |
 * | undeliverable   | posted, arrived                   | clerk, destination      | ended    | ended_at      | post  |
 * | lost            | posted, arrived, return_received  | clerk, either office    | ended    | ended_at      | post  |
 *
 * - Order is progress: a later row is further along (the ended rows come last). A packet
 *   moves only to a step that names its current step in `after`, always a row above: transit
 *   scans may be missed (posted -> delivered), but a packet never moves back.
 * - `by`: who records the step. A clerk records the postal steps at `office` (the office that
 *   holds the packet then); the collecting teacher scans "collected" on a round; "reviewed" is
 *   written by the review itself; "created" by the dispatch.
 * - `outcome`: "returned" steps count as work handed back in the reports; "ended" steps end
 *   the journey without the work. Steps before the first returned one still await the work.
 * - `route`: the packets the step is for: `post` (sent through Kazpost), `hand` (a pupil whose
 *   channel is by hand: a member of staff or a courier carries it, `handed_over` to the family,
 *   the work `taken_back`), or any packet (null). A by-hand packet never takes a postal step.
 * - `sets`: the packet's column recording when it first reached the step, for reports "as
 *   of" a day. Reaching a step sets the columns of every step on the way to it (work handed
 *   back in proves it was delivered); an ended step sets only `ended_at`.
 *
 * To add a step: add its row here in its place in the
 * order, name it in the `after` of the steps that may follow it, add its words to the web
 * app's catalogues (`status.<step>` in web/src/i18n/kk.json, ru.json, ky.json), and add the value
 * to the `packet_status` and `packet_event` database enums in a new migration (the migrations
 * test says so if it is missing). Nothing else lists the steps.
 */
export const JOURNEY = [
  {
    step: 'created',
    after: [],
    by: 'dispatch',
    office: null,
    outcome: null,
    sets: null,
    route: null,
  },
  {
    step: 'posted',
    after: ['created'],
    by: 'clerk',
    office: 'origin',
    outcome: null,
    sets: null,
    route: 'post',
  },
  {
    step: 'arrived',
    after: ['created', 'posted'],
    by: 'clerk',
    office: 'destination',
    outcome: null,
    sets: null,
    route: 'post',
  },
  {
    step: 'delivered',
    after: ['created', 'posted', 'arrived'],
    by: 'clerk',
    office: 'destination',
    outcome: null,
    sets: 'delivered_at',
    route: 'post',
  },
  {
    step: 'handed_over',
    after: ['created'],
    by: 'carrier',
    office: null,
    outcome: null,
    sets: 'delivered_at',
    route: 'hand',
  },
  {
    step: 'return_received',
    after: ['posted', 'arrived', 'delivered'],
    by: 'clerk',
    office: 'destination',
    outcome: 'returned',
    sets: 'returned_at',
    route: 'post',
  },
  {
    step: 'taken_back',
    after: ['handed_over'],
    by: 'carrier',
    office: null,
    outcome: 'returned',
    sets: 'returned_at',
    route: 'hand',
  },
  {
    step: 'collected',
    after: ['return_received', 'taken_back'],
    by: 'teacher',
    office: null,
    outcome: 'returned',
    sets: 'collected_at',
    route: null,
  },
  {
    step: 'reviewed',
    after: ['collected'],
    by: 'reviewer',
    office: null,
    outcome: 'returned',
    sets: 'reviewed_at',
    route: null,
  },
  {
    step: 'undeliverable',
    after: ['posted', 'arrived'],
    by: 'clerk',
    office: 'destination',
    outcome: 'ended',
    sets: 'ended_at',
    route: 'post',
  },
  {
    step: 'lost',
    after: ['posted', 'arrived', 'return_received'],
    by: 'clerk',
    office: 'either',
    outcome: 'ended',
    sets: 'ended_at',
    route: 'post',
  },
] as const satisfies readonly JourneyStep[];

/** One row of the journey. */
export interface JourneyStep {
  step: string;
  /** The steps this one may follow. */
  after: readonly string[];
  /** The carrier: whoever takes by-hand packets to the village and brings the work back. */
  by: 'dispatch' | 'clerk' | 'carrier' | 'teacher' | 'reviewer';
  /** For a clerk's step: the office whose clerk records it. */
  office: 'origin' | 'destination' | 'either' | null;
  outcome: 'returned' | 'ended' | null;
  sets: 'delivered_at' | 'returned_at' | 'collected_at' | 'reviewed_at' | 'ended_at' | null;
  /** Which packets the step is for: through the post, carried by hand, or any (null). */
  route: 'post' | 'hand' | null;
}

type Row = (typeof JOURNEY)[number];
export type PacketStatus = Row['step'];
/** What a scan, Kazpost's tracking or a review says happened: every step but the first. */
export type PacketEvent = Exclude<PacketStatus, Extract<Row, { by: 'dispatch' }>['step']>;
/** A packet's column recording when it first reached a step. */
export type StepColumn = NonNullable<Row['sets']>;
/** The steps a clerk records, and at which office. */
export type ClerkEvent = Extract<Row, { by: 'clerk' }>['step'];
export type OfficeSide = NonNullable<Row['office']>;

const rowOf = (step: PacketStatus): Row => JOURNEY.find((row) => row.step === step)!;

/** Who records a step. */
export const recorderOf = (step: PacketStatus): JourneyStep['by'] => rowOf(step).by;

/** Whether a step may be taken by a packet carried by hand (true) or sent by post (false). */
export const stepFitsRoute = (step: PacketStatus, byHand: boolean): boolean => {
  const route = rowOf(step).route;
  return route === null || route === (byHand ? 'hand' : 'post');
};

const steps = <T extends PacketStatus>(keep: (row: Row) => boolean): T[] =>
  JOURNEY.filter(keep).map((row) => row.step as T);

/** Every step in journey order: the packet's possible statuses. */
export const PACKET_STATUSES: readonly PacketStatus[] = steps(() => true);
export const PACKET_EVENTS: readonly PacketEvent[] = steps((row) => row.by !== 'dispatch');
/**
 * Steps scanned: at a post office by its clerk, "collected" by the collecting teacher, and a
 * by-hand packet's hand-over and work taken back by its carrier.
 */
export const SCAN_EVENTS = steps<Extract<Row, { by: 'clerk' | 'carrier' | 'teacher' }>['step']>(
  (row) => row.by === 'clerk' || row.by === 'carrier' || row.by === 'teacher',
);
/** The steps of a by-hand packet that its carrier records. */
export const CARRIER_EVENTS = steps<Extract<Row, { by: 'carrier' }>['step']>(
  (row) => row.by === 'carrier',
);
/** The postal steps: what a clerk records at the counter's scan station. */
export const CLERK_EVENTS: readonly ClerkEvent[] = steps((row) => row.by === 'clerk');
/** Work handed back in (it counts as returned in the reports). */
export const RETURNED_STEPS: readonly PacketStatus[] = steps((row) => row.outcome === 'returned');
/** The journey ended without the work. */
export const ENDED_STEPS: readonly PacketStatus[] = steps((row) => row.outcome === 'ended');
/** Nothing may follow: the packet is done with (reviewed, or ended). */
export const FINAL_STEPS: readonly PacketStatus[] = steps(
  (row) => !JOURNEY.some((next) => (next.after as readonly string[]).includes(row.step)),
);
/** The packet is out and its work not back yet: before the first returned step, not ended. */
export const AWAITING_WORK_STEPS: readonly PacketStatus[] = PACKET_STATUSES.slice(
  0,
  PACKET_STATUSES.findIndex((step) => RETURNED_STEPS.includes(step)),
).filter((step) => !ENDED_STEPS.includes(step));

/** Sent, and the work not back: the pupil (or the post) holds it. */
export const SENT_NOT_BACK_STEPS: readonly PacketStatus[] = AWAITING_WORK_STEPS.filter(
  (step) => recorderOf(step) !== 'dispatch',
);

/** The office whose clerk records a postal step. */
export const officeRecording = (event: ClerkEvent): OfficeSide => rowOf(event).office!;

/** The statuses an event may follow. */
export const statusesAllowing = (event: PacketEvent): PacketStatus[] => [...rowOf(event).after];

/** How far along the journey a step is (0 for created). */
export const journeyIndex = (step: PacketStatus): number => PACKET_STATUSES.indexOf(step);

/**
 * The step columns an event proves the packet has reached: its own and, for a step on the
 * way (not an ended one), those of every step before it.
 */
export function stepsReachedBy(event: PacketEvent): StepColumn[] {
  const row = rowOf(event);
  if (row.outcome === 'ended') return row.sets ? [row.sets] : [];
  // A by-hand step and its postal twin set the same column: each column once.
  return [
    ...new Set(
      JOURNEY.slice(0, journeyIndex(event) + 1)
        .filter((step) => step.outcome !== 'ended')
        .flatMap((step) => (step.sets ? [step.sets] : [])),
    ),
  ];
}
