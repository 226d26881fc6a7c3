/**
 * Continuous study time by grade, in minutes (seed 004, 4.5); other grades have no set limit.
 * No imports: the web app's case editor uses the same table to warn as the author types.
 */
export function continuousStudyLimit(grade: number): number | undefined {
  if (grade >= 1 && grade <= 2) return 20;
  if (grade >= 3 && grade <= 4) return 25;
  if (grade >= 5 && grade <= 9) return 30;
  return undefined;
}
