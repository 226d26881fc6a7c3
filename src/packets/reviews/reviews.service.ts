import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Principal } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Subject } from '@/directory/subjects/subject.entity';
import { FeedbackSnapshot } from '@/rendering/packet-snapshot';
import { PacketEventsService } from '../packet-events.service';
import { ReviewResult } from './review.view';
import { Packet } from '../packet.entity';
import { validCode } from '../packets.service';
import { CaseReview } from './case-review.entity';
import { CaseReviewDto, ReviewDto } from './review.dto';

/** Teachers' reviews of collected work, and the feedback they send back in the next packet. */
@Injectable()
export class ReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: PacketEventsService,
  ) {}

  /** Reviews and the "reviewed" event are written together or not at all. */
  async review(user: Principal, rawCode: string, dto: ReviewDto): Promise<ReviewResult> {
    const code = validCode(rawCode);
    const packet = await this.dataSource.getRepository(Packet).findOneBy({ code });
    if (!packet || packet.schoolId !== user.schoolId) throw notFound('packet', code);
    const rows = await this.reviewRows(user, packet, dto.caseReviews);
    return this.dataSource.transaction(async (manager) => {
      const result = await this.events.apply(
        { code, event: 'reviewed', actorId: user.id, postOfficeId: null, occurredAt: new Date() },
        // The school was checked above, on the same packet.
        { guard: { kind: 'any' } },
        manager,
      );
      if (result.transition === 'duplicate')
        throw fail('review.already_done', `Packet ${code} has already been reviewed.`, {
          reason: 'already_reviewed',
        });
      const reviews = await manager.save(CaseReview, rows);
      return { ...result, reviews };
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
    const packet = await this.dataSource.getRepository(Packet).findOneBy({ code });
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
    manager: EntityManager,
    studentIds: string[],
  ): Promise<Map<string, { ids: string[]; items: FeedbackSnapshot[] }>> {
    const pending = await manager.find(CaseReview, {
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

  async markSent(manager: EntityManager, reviewIds: string[], packetId: string): Promise<void> {
    if (reviewIds.length > 0)
      await manager.update(CaseReview, { id: In(reviewIds) }, { feedbackPacketId: packetId });
  }

  private async reviewRows(
    user: Principal,
    packet: Packet,
    caseReviews: CaseReviewDto[],
  ): Promise<Partial<CaseReview>[]> {
    const cases = new Map(packet.snapshot.cases.map((c) => [c.id, c]));
    const subjects = await this.dataSource
      .getRepository(Subject)
      .findBy({ code: In([...cases.values()].map((c) => c.subjectCode)) });
    const assessment = new Map(subjects.map((s) => [s.code, s.assessment]));
    const seen = new Set<string>();
    return caseReviews.map((review, index) => {
      const refuse = (field: string, message: string) =>
        fail('review.invalid', message, {
          fields: [
            {
              field: `caseReviews.${index}.${field}`,
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
