import { EntityManager } from 'typeorm';
import { SCHOOL_TIME_ZONE } from '@/common/dates';

/** One school's duties are changed under a lock, so two appointments cannot both pass. */
export async function lockSchoolDuties(manager: EntityManager, schoolId: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`duty:${schoolId}`]);
}

/**
 * The first duty of the school covering one of these offices in the period, if any. A duty
 * ended early covers its days up to the one before it was ended, so the teacher it was handed
 * to may start that same day.
 */
export async function overlappingDuty(
  manager: EntityManager,
  period: { schoolId: string; postOfficeIds: string[]; startsOn: string; endsOn: string | null },
): Promise<string | undefined> {
  const [clash] = await manager.query<{ id: string }[]>(
    `SELECT id FROM collection_duties
      WHERE school_id = $1 AND post_office_ids && $2::uuid[]
        AND starts_on <= COALESCE($4::date, 'infinity'::date)
        AND LEAST(COALESCE(ends_on, 'infinity'::date),
                  COALESCE((ended_at AT TIME ZONE $5)::date - 1, 'infinity'::date)) >= $3::date
      LIMIT 1`,
    [period.schoolId, period.postOfficeIds, period.startsOn, period.endsOn, SCHOOL_TIME_ZONE],
  );
  return clash?.id;
}
