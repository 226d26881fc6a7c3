import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';

/** The caller's school: the timetable and its assignments belong to one. */
export function ownSchool(user: Principal): string {
  if (!user.schoolId)
    throw fail(
      'auth.role_forbidden',
      'The timetable of packets belongs to a school; sign in as its staff.',
    );
  return user.schoolId;
}
