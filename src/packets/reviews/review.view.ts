import { EventResult } from '../packet-event.view';
import { CaseReview } from './case-review.entity';

/** The review's `reviewed` event and the marks and comments recorded with it. */
export class ReviewResult extends EventResult {
  reviews: CaseReview[];
}
