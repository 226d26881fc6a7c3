/** What the rule needs of a duty (the collection duties' list gives it). */
export interface DutyBrief {
  kind: 'collect' | 'carry';
  teacherId: string;
  postOfficeIds: string[];
  active: boolean;
}

/** Those who record any by-hand packet's steps of their school: they also set wrong scans right. */
const EVERY_CARRIER_STEP = ['director', 'deputy_academic', 'deputy_upbringing', 'admin'];

/**
 * Whether someone may record a by-hand packet handed over or its work taken back (the service
 * checks the same): the carrier appointed for the pupil's office on a duty in force, or those
 * who record every carrier step.
 */
export function mayCarry(
  user: { id: string; role: string },
  duties: readonly DutyBrief[],
  officeId: string,
): boolean {
  return (
    EVERY_CARRIER_STEP.includes(user.role) ||
    duties.some(
      (d) =>
        d.active &&
        d.kind === 'carry' &&
        d.teacherId === user.id &&
        d.postOfficeIds.includes(officeId),
    )
  );
}

/** Those who record "collected" at any office of their school, on any duty in force there. */
const EVERY_COLLECTION = ['director', 'deputy_upbringing', 'admin'];

/**
 * Whether someone may record work "collected" (brought into school) at the pupil's office: a
 * teacher on a duty in force there (collecting or carrying), or those who record it on any.
 */
export function mayCollect(
  user: { id: string; role: string },
  duties: readonly DutyBrief[],
  officeId: string,
): boolean {
  return (
    EVERY_COLLECTION.includes(user.role) ||
    duties.some((d) => d.active && d.teacherId === user.id && d.postOfficeIds.includes(officeId))
  );
}
