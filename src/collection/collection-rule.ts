import { addDays, daysBetween, localDate } from '@/common/dates';

/**
 * The two-week rule (seed 002, step 2): the appointed teacher collects the pupils' returned
 * work at each of the duty's post offices at least once every `maxIntervalDays` days.
 */
export interface DutyTerms {
  startsOn: string;
  endsOn: string | null;
  maxIntervalDays: number;
  postOfficeIds: string[];
  /** The day the deputy ended the duty early: not in force from that day on. */
  endedOn?: string | null;
  /**
   * Where an office's clock starts when it has no visit yet: the first duty's start when this
   * one took over from another (the visits of those duties are passed in too).
   */
  clockFrom?: string;
}

export interface Visit {
  postOfficeId: string;
  collectedAt: Date;
}

export interface ReturnedWork {
  code: string;
  postOfficeId: string;
  returnedAt: Date;
}

export interface OfficeStanding {
  postOfficeId: string;
  lastCollectedAt: Date | null;
  nextDueOn: string;
  overdue: boolean;
  daysOverdue: number;
  waitingPackets: { code: string; returnedAt: Date; waitingDays: number; late: boolean }[];
}

export interface DutyStanding {
  active: boolean;
  lastCollectedAt: Date | null;
  nextDueOn: string;
  overdue: boolean;
  daysOverdue: number;
  offices: OfficeStanding[];
}

/**
 * Evaluates a duty as on `asOf` (a local date, whole day included). Visits and returns after
 * `asOf` are ignored, so any past day can be replayed. A duty that has ended (its last day
 * passed, or the deputy ended it) is judged as on its last day and is never overdue after it;
 * a day before it was ended replays as it stood then.
 */
export function evaluateDuty(
  terms: DutyTerms,
  visits: Visit[],
  waiting: ReturnedWork[],
  asOf: string,
): DutyStanding {
  const lastDay = [terms.endsOn, terms.endedOn].filter((d): d is string => !!d).sort()[0];
  const judgedOn = lastDay && lastDay < asOf ? lastDay : asOf;
  const endedEarly = !!terms.endedOn && terms.endedOn <= asOf;
  const active = terms.startsOn <= asOf && (!terms.endsOn || asOf <= terms.endsOn) && !endedEarly;
  const offices = terms.postOfficeIds.map((officeId) =>
    officeStanding(terms, officeId, visits, waiting, judgedOn, active),
  );
  const lastCollectedAt = latest(offices.map((o) => o.lastCollectedAt));
  const worst = offices.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a), offices[0]);
  return {
    active,
    lastCollectedAt,
    nextDueOn:
      offices.map((o) => o.nextDueOn).sort()[0] ?? addDays(terms.startsOn, terms.maxIntervalDays),
    overdue: offices.some((o) => o.overdue),
    daysOverdue: worst?.daysOverdue ?? 0,
    offices,
  };
}

function officeStanding(
  terms: DutyTerms,
  officeId: string,
  visits: Visit[],
  waiting: ReturnedWork[],
  judgedOn: string,
  active: boolean,
): OfficeStanding {
  const counted = visits.filter(
    (v) => v.postOfficeId === officeId && localDate(v.collectedAt) <= judgedOn,
  );
  const lastCollectedAt = latest(counted.map((v) => v.collectedAt));
  const reference = lastCollectedAt
    ? localDate(lastCollectedAt)
    : (terms.clockFrom ?? terms.startsOn);
  const nextDueOn = addDays(reference, terms.maxIntervalDays);
  const elapsed = daysBetween(reference, judgedOn);
  const overdue = active && elapsed > terms.maxIntervalDays;
  const waitingPackets = waiting
    .filter((w) => w.postOfficeId === officeId && localDate(w.returnedAt) <= judgedOn)
    .map((w) => {
      const waitingDays = daysBetween(localDate(w.returnedAt), judgedOn);
      // Flagged even when rounds happened: the teacher went but did not take this one.
      return {
        code: w.code,
        returnedAt: w.returnedAt,
        waitingDays,
        late: waitingDays > terms.maxIntervalDays,
      };
    })
    .sort((a, b) => b.waitingDays - a.waitingDays);
  return {
    postOfficeId: officeId,
    lastCollectedAt,
    nextDueOn,
    overdue,
    daysOverdue: overdue ? elapsed - terms.maxIntervalDays : 0,
    waitingPackets,
  };
}

function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((max, d) => (d && (!max || d > max) ? d : max), null);
}
