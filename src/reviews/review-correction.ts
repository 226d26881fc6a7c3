import type { Principal } from '@/auth/role';

/** Those who may set anyone's review right in their school; a teacher only their own. */
const OVERSEERS: readonly Principal['role'][] = [
  'director',
  'deputy_academic',
  'deputy_upbringing',
];

export type ReviewCorrectionProblem = 'not_reviewer' | 'feedback_printed';

/** Why this person may not correct this saved review now, or null when they may. */
export function reviewCorrectionProblem(
  user: Pick<Principal, 'id' | 'role'>,
  review: { reviewerId: string; feedbackPacketId: string | null },
): ReviewCorrectionProblem | null {
  if (review.reviewerId !== user.id && !OVERSEERS.includes(user.role)) return 'not_reviewer';
  if (review.feedbackPacketId !== null) return 'feedback_printed';
  return null;
}
