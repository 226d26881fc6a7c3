import { fail } from '@/common/errors/domain-error';
import { Principal } from './role';

/** Records of another school are invisible, not merely forbidden: callers answer 404. */
export function canSeeSchool(user: Principal, schoolId: string): boolean {
  return user.role === 'admin' || (user.schoolId !== undefined && user.schoolId === schoolId);
}

/** The school a list is limited to: undefined means every school (admin only). */
export function schoolScope(user: Principal, requested?: string): string | undefined {
  if (user.role === 'admin') return requested;
  return user.schoolId ?? '00000000-0000-0000-0000-000000000000';
}

export function assertMayWriteSchool(user: Principal, schoolId: string): void {
  if (!canSeeSchool(user, schoolId))
    throw fail('auth.other_school', 'You can only change records of your own school.');
}
