/**
 * The study-time norms, by grade: the one table to edit when the school's rules change
 * (README, "Study-time norms"). No imports: the web app's case editor and schedule screen use
 * the same table to warn as people type.
 */
interface GradeNorm {
  /** Grades this row covers, both ends included. */
  grades: readonly [number, number];
  /** Longest continuous sitting, minutes (seed 004, 4.5). Absent: no set limit. */
  sittingMinutes?: number;
  /**
   * Most home study per school day, minutes: the ministry's homework-volume norms that seed
   * 000 p.4 says tasks must not exceed. Absent: no daily figure is set for these grades.
   */
  dailyMinutes?: number;
}

const NORMS: readonly GradeNorm[] = [
  { grades: [1, 1], sittingMinutes: 20 },
  { grades: [2, 2], sittingMinutes: 20, dailyMinutes: 90 },
  { grades: [3, 3], sittingMinutes: 25, dailyMinutes: 90 },
  { grades: [4, 4], sittingMinutes: 25, dailyMinutes: 120 },
  { grades: [5, 5], sittingMinutes: 30, dailyMinutes: 120 },
  { grades: [6, 8], sittingMinutes: 30, dailyMinutes: 150 },
  { grades: [9, 9], sittingMinutes: 30, dailyMinutes: 210 },
  { grades: [10, 12], dailyMinutes: 210 },
];

/** The days of the week (1 Monday … 7 Sunday) pupils study at home: the days a load spreads over. */
export const STUDY_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];

const normOf = (grade: number): GradeNorm | undefined =>
  NORMS.find(({ grades: [from, to] }) => grade >= from && grade <= to);

/** Continuous study time by grade, in minutes; other grades have no set limit. */
export function continuousStudyLimit(grade: number): number | undefined {
  return normOf(grade)?.sittingMinutes;
}

/** Most home study per school day by grade, in minutes; undefined where none is set. */
export function dailyStudyLimit(grade: number): number | undefined {
  return normOf(grade)?.dailyMinutes;
}

/** The weekday of a YYYY-MM-DD day, 1 Monday … 7 Sunday. */
export const weekdayOf = (day: string): number => new Date(`${day}T00:00:00Z`).getUTCDay() || 7;

/**
 * The first study day after `today`: the timetable's first packet date offered by default,
 * never a weekend.
 */
export function nextStudyDay(today: string): string {
  let time = Date.parse(`${today}T00:00:00Z`);
  let day: string;
  do {
    time += 86_400_000;
    day = new Date(time).toISOString().slice(0, 10);
  } while (!STUDY_WEEKDAYS.includes(weekdayOf(day)));
  return day;
}
