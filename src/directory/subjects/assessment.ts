export const ASSESSMENTS = ['graded', 'pass_fail'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];
