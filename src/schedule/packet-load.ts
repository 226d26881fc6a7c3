import {
  continuousStudyLimit,
  dailyStudyLimit,
  STUDY_WEEKDAYS,
  weekdayOf,
} from '@/cases/study-limits';
import { addDays, daysBetween } from '@/common/dates';
import { PacketDates } from './packet-dates';

/** A case as the load counts it. */
export interface CaseMinutes {
  id: string;
  topic: string;
  estimatedMinutes: number;
}

/** A packet's study time against its grade's norms. */
export interface PacketLoad {
  /** School days from the day it goes out to the day before work comes back (at least 1). */
  studyDays: number;
  totalMinutes: number;
  /** Total minutes spread over the study days, rounded up. */
  minutesPerDay: number;
  dailyLimitMinutes: number | null;
  sittingLimitMinutes: number | null;
  /** Cases longer than one sitting may be. */
  longCaseIds: string[];
  overDailyLimit: boolean;
  /** Over either norm: not to be released as it is. */
  overNorm: boolean;
}

/** Days of the period that are study days (STUDY_WEEKDAYS), at least one. */
export function studyDays({ goesOutOn, comesBackOn }: PacketDates): number {
  let days = 0;
  for (let i = 0; i < daysBetween(goesOutOn, comesBackOn); i++) {
    if (STUDY_WEEKDAYS.includes(weekdayOf(addDays(goesOutOn, i)))) days++;
  }
  return Math.max(days, 1);
}

export function packetLoad(grade: number, dates: PacketDates, cases: CaseMinutes[]): PacketLoad {
  const days = studyDays(dates);
  const totalMinutes = cases.reduce((sum, c) => sum + c.estimatedMinutes, 0);
  const minutesPerDay = Math.ceil(totalMinutes / days);
  const daily = dailyStudyLimit(grade) ?? null;
  const sitting = continuousStudyLimit(grade) ?? null;
  const longCaseIds =
    sitting === null ? [] : cases.filter((c) => c.estimatedMinutes > sitting).map((c) => c.id);
  const overDailyLimit = daily !== null && minutesPerDay > daily;
  return {
    studyDays: days,
    totalMinutes,
    minutesPerDay,
    dailyLimitMinutes: daily,
    sittingLimitMinutes: sitting,
    longCaseIds,
    overDailyLimit,
    overNorm: overDailyLimit || longCaseIds.length > 0,
  };
}

/** What is over, in words a deputy can act on; empty when nothing is. */
export function overNormProblems(load: PacketLoad, cases: CaseMinutes[]): string[] {
  const problems: string[] = [];
  if (load.overDailyLimit)
    problems.push(
      `${load.minutesPerDay} min of study per day is more than the ${load.dailyLimitMinutes} min norm (${load.totalMinutes} min over ${load.studyDays} school days)`,
    );
  for (const c of cases.filter((x) => load.longCaseIds.includes(x.id)))
    problems.push(
      `"${c.topic}" takes ${c.estimatedMinutes} min, more than one ${load.sittingLimitMinutes} min sitting`,
    );
  return problems;
}
