import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In, IsNull } from 'typeorm';
import { Principal } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Subject } from '@/directory/subjects/subject.entity';
import { FeedbackSnapshot } from '@/rendering/packet-snapshot';
import { PacketEventsService } from '@/packets/packet-events.service';
import { PacketReviewView, ReviewResult } from './review.view';
import { Packet } from '@/packets/packet.entity';
import { validCode } from '@/packets/valid-code';
import { CaseReview } from './case-review.entity';
import { CaseReviewDto, CorrectReviewDto, ReviewDto } from './review.dto';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { Staff } from '@/auth/staff.entity';
import { reviewCorrectionProblem } from './review-correction';

/** Teachers' reviews of collected work, and the feedback they send back in the next packet. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: PacketEventsService,
  ) {}

  /** Reviews and the "reviewed" event are written together or not at all. */
  async review(user: Principal, rawCode: string, dto: ReviewDto): Promise<ReviewResult> {
    const code = validCode(rawCode);
    const packet = await this.db.tx.getRepository(Packet).findOneBy({ code });
    if (!packet || packet.schoolId !== user.schoolId) throw notFound('packet', code);
    const rows = await this.reviewRows(user, packet, dto.caseReviews);
    return this.db.withTransaction(async () => {
      const result = await this.events.apply(
        { code, event: 'reviewed', actorId: user.id, postOfficeId: null, occurredAt: new Date() },
        // The school was checked above, on the same packet.
        { guard: { kind: 'any' } },
      );
      if (result.transition === 'duplicate')
        throw fail('review.already_done', `Packet ${code} has already been reviewed.`, {
          reason: 'already_reviewed',
        });
      const reviews = await this.db.tx.save(CaseReview, rows);
      return { ...result, reviews };
    });
  }

  /** A packet's saved reviews, in the order its cases are printed. */
  async ofPacket(packetId: string): Promise<PacketReviewView[]> {
    const reviews = await this.db.tx
      .getRepository(CaseReview)
      .find({ where: { packetId }, relations: { reviewer: true }, order: { createdAt: 'ASC' } });
    return reviews.map((review) => toReviewView(review));
  }

  /**
   * Sets a saved mark, pass or comment right while the pupil has not been sent it: once the
   * next packet printed the feedback, the paper in the pupil's hands is what stands.
   */
  async correct(
    user: Principal,
    rawCode: string,
    caseId: string,
    dto: CorrectReviewDto,
  ): Promise<PacketReviewView> {
    const code = validCode(rawCode);
    const packet = await this.db.tx.getRepository(Packet).findOneBy({ code });
    if (!packet || packet.schoolId !== user.schoolId) throw notFound('packet', code);
    return this.db.withTransaction(async () => {
      const review = await this.db.tx.findOne(CaseReview, {
        where: { packetId: packet.id, caseId },
        relations: { reviewer: true },
      });
      if (!review)
        throw fail('review.not_found', `Case ${caseId} of packet ${code} has not been reviewed.`);
      const problem = reviewCorrectionProblem(user, review);
      if (problem === 'not_reviewer')
        throw fail(
          'review.not_yours',
          `Only the teacher who reviewed this work, the director or a deputy may correct it.`,
        );
      if (problem === 'feedback_printed') throw feedbackPrinted(review.feedbackPacketId);
      const [row] = await this.reviewRows(
        user,
        packet,
        [
          {
            caseId,
            mark: dto.mark ?? (dto.passed === undefined ? (review.mark ?? undefined) : undefined),
            passed:
              dto.passed ?? (dto.mark === undefined ? (review.passed ?? undefined) : undefined),
            comment: dto.comment ?? review.comment,
          },
        ],
        (_index, field) => field,
      );
      const after = {
        mark: row.mark ?? null,
        passed: row.passed ?? null,
        comment: row.comment ?? '',
      };
      noteForAudit({
        schoolId: packet.schoolId,
        changes: changedFields(review, after, ['mark', 'passed', 'comment']),
      });
      // Only while no packet took the feedback: a dispatch printing it now wins the race.
      const updated = await this.db.tx.update(
        CaseReview,
        { id: review.id, feedbackPacketId: IsNull() },
        after,
      );
      if (updated.affected !== 1) throw feedbackPrinted(review.feedbackPacketId);
      return toReviewView({ ...review, ...after });
    });
  }

  /**
   * The feedback page as the pupil's next packet will print it, for the review being written:
   * checked as a saved review is, nothing saved.
   */
  async previewFeedback(
    user: Principal,
    rawCode: string,
    dto: ReviewDto,
  ): Promise<{ items: FeedbackSnapshot[]; language: Packet['snapshot']['language'] }> {
    const code = validCode(rawCode);
    const packet = await this.db.tx.getRepository(Packet).findOneBy({ code });
    if (!packet || packet.schoolId !== user.schoolId) throw notFound('packet', code);
    const rows = await this.reviewRows(user, packet, dto.caseReviews);
    return {
      language: packet.snapshot.language,
      items: rows.map((row) => ({
        subjectName: row.subjectName ?? '',
        topic: row.topic ?? '',
        mark: row.mark ?? undefined,
        passed: row.passed ?? undefined,
        comment: row.comment ?? '',
      })),
    };
  }

  /** Comments not yet sent to these pupils, oldest first, to print in their next packet. */
  async pendingFeedback(
    studentIds: string[],
  ): Promise<Map<string, { ids: string[]; items: FeedbackSnapshot[] }>> {
    const pending = await this.db.tx.find(CaseReview, {
      where: { studentId: In(studentIds), feedbackPacketId: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const byStudent = new Map<string, { ids: string[]; items: FeedbackSnapshot[] }>();
    for (const review of pending) {
      const entry = byStudent.get(review.studentId) ?? { ids: [], items: [] };
      entry.ids.push(review.id);
      entry.items.push({
        subjectName: review.subjectName,
        topic: review.topic,
        mark: review.mark ?? undefined,
        passed: review.passed ?? undefined,
        comment: review.comment,
      });
      byStudent.set(review.studentId, entry);
    }
    return byStudent;
  }

  async markSent(reviewIds: string[], packetId: string): Promise<void> {
    if (reviewIds.length > 0)
      await this.db.tx.update(CaseReview, { id: In(reviewIds) }, { feedbackPacketId: packetId });
  }

  private async reviewRows(
    user: Principal,
    packet: Packet,
    caseReviews: CaseReviewDto[],
    fieldOf = (index: number, field: string) => `caseReviews.${index}.${field}`,
  ): Promise<Partial<CaseReview>[]> {
    const cases = new Map(packet.snapshot.cases.map((c) => [c.id, c]));
    const subjects = await this.db.tx
      .getRepository(Subject)
      .findBy({ code: In([...cases.values()].map((c) => c.subjectCode)) });
    const assessment = new Map(subjects.map((s) => [s.code, s.assessment]));
    const seen = new Set<string>();
    return caseReviews.map((review, index) => {
      const refuse = (field: string, message: string) =>
        fail('review.invalid', message, {
          fields: [
            {
              field: fieldOf(index, field),
              problems: [message],
              rules: [`review_${field}`],
            },
          ],
        });
      const lessonCase = cases.get(review.caseId);
      if (!lessonCase)
        throw refuse('caseId', `Case ${review.caseId} is not in packet ${packet.code}.`);
      if (seen.has(review.caseId))
        throw refuse('caseId', `Case ${review.caseId} is reviewed twice.`);
      seen.add(review.caseId);
      const passFail = assessment.get(lessonCase.subjectCode) === 'pass_fail';
      if (passFail && (review.passed === undefined || review.mark !== undefined))
        throw refuse(
          'passed',
          `${lessonCase.subjectName} is assessed pass/fail: give "passed" (true or false) and no mark.`,
        );
      if (!passFail && (review.mark === undefined || review.passed !== undefined))
        throw refuse(
          'mark',
          `${lessonCase.subjectName} is graded: give a "mark" from 1 to 10 and no "passed".`,
        );
      return {
        packetId: packet.id,
        studentId: packet.studentId,
        caseId: review.caseId,
        subjectName: lessonCase.subjectName,
        topic: lessonCase.topic,
        mark: review.mark ?? null,
        passed: review.passed ?? null,
        comment: review.comment,
        reviewerId: user.id,
      };
    });
  }
}

function feedbackPrinted(feedbackPacketId: string | null): Error {
  return fail(
    'review.feedback_printed',
    `The mark and comment were already printed in the pupil's next packet, so they can no longer be corrected; write the correction in a later case's comment.`,
    { feedbackPacketId },
  );
}

function toReviewView(review: CaseReview & { reviewer?: Staff }): PacketReviewView {
  return {
    caseId: review.caseId,
    subjectName: review.subjectName,
    topic: review.topic,
    mark: review.mark,
    passed: review.passed,
    comment: review.comment,
    reviewerId: review.reviewerId,
    reviewerName: review.reviewer?.fullName ?? '',
    reviewedAt: review.createdAt,
    correctable: review.feedbackPacketId === null,
  };
}
