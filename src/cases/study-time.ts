import type { WarningView } from './dto/case.view';

/** Continuous study time by grade, in minutes (seed 004, 4.5); other grades have no set limit. */
export function continuousStudyLimit(grade: number): number | undefined {
  if (grade >= 1 && grade <= 2) return 20;
  if (grade >= 3 && grade <= 4) return 25;
  if (grade >= 5 && grade <= 9) return 30;
  return undefined;
}

export function studyTimeWarnings(grade: number, estimatedMinutes: number): WarningView[] {
  const limit = continuousStudyLimit(grade);
  if (limit === undefined || estimatedMinutes <= limit) return [];
  return [
    {
      code: 'case.study_time_exceeded',
      details: { grade, estimatedMinutes, limitMinutes: limit },
      message: `Estimated ${estimatedMinutes} min is more than the ${limit} min of continuous study for grade ${grade}; consider splitting the case or marking breaks.`,
    },
  ];
}
