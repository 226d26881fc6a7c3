import { EventResult } from '@/packets/packet-event.view';
import { CaseReview } from './case-review.entity';

/** The review's `reviewed` event and the marks and comments recorded with it. */
export class ReviewResult extends EventResult {
  reviews: CaseReview[];
}

/** A saved review as the packet page shows it, with whether it may still be corrected. */
export class PacketReviewView {
  caseId: string;
  subjectName: string;
  topic: string;
  mark: number | null;
  passed: boolean | null;
  comment: string;
  reviewerId: string;
  reviewerName: string;
  reviewedAt: Date;
  /** False once the comment was printed in the pupil's next packet: it cannot change then. */
  correctable: boolean;
}
