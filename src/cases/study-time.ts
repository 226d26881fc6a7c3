import type { WarningView } from './dto/case.view';
import { continuousStudyLimit } from './study-limits';

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
