import { S10RangeView } from '@/packets/s10-range.view';

/**
 * The counts a home screen shows: what the signed-in person does next. School staff see their
 * school's figures (a teacher: what they wrote and sent); the admin sees the directory.
 */
export class SummaryView {
  /** Classes of the school; for a teacher, the classes they lead as class teacher. */
  classes: number;
  /** Active pupils in those classes. */
  pupils: number;
  /** Cases of the school; for a teacher, the ones they wrote. */
  cases: number;
  /** Dispatches made in the last 7 days (a teacher's own). */
  dispatchesThisWeek: number;
  /** Completed work collected from the post and not yet reviewed. */
  awaitingReview: number;
  /** Packets whose return date has passed with no work back. */
  overdue: number;
  postOffices: number;
  schools: number;
  staff: number;
  /** The admin's only: S10 codes left in the allotted range, and whether it runs low. */
  s10?: S10RangeView;
}
