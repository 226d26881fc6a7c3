import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { localDate } from '@/common/dates';
import { fail } from '@/common/errors/domain-error';
import { CollectionDuty } from './collection-duty.entity';
import { CollectionService } from './collection.service';
import { HandOverDutyDto } from './dto/collection.dto';
import { CollectionRepository } from './collection.repository';

/**
 * A duty ended early, or handed to another teacher. Nothing is deleted: the ended duty keeps
 * its teacher and rounds (what happened, and who was responsible then); from the moment it
 * ends it takes no rounds and is never overdue. A handover is a new duty for the same offices
 * that follows the old one, so the offices' two-week clock runs on from their last visit.
 */
@Injectable()
export class DutyChangesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly collection: CollectionService,
    private readonly duties: CollectionRepository,
  ) {}

  async end(user: Principal, id: string): Promise<CollectionDuty> {
    const { schoolId } = await this.writable(user, id);
    return this.db.withTransaction(async () => {
      const duty = await this.openUnderLock(id, schoolId);
      const ended = await this.markEnded(user, duty);
      noteForAudit({
        schoolId,
        targetName: await this.collection.teacherNameOf(id),
        changes: { endedAt: { before: null, after: ended.endedAt?.toISOString() ?? null } },
      });
      return ended;
    });
  }

  async handOver(user: Principal, id: string, dto: HandOverDutyDto): Promise<CollectionDuty> {
    const { schoolId } = await this.writable(user, id);
    const taking = await this.collection.assertCollector(schoolId, dto.teacherId);
    return this.db.withTransaction(async () => {
      const duty = await this.openUnderLock(id, schoolId);
      if (duty.teacherId === dto.teacherId)
        throw fail(
          'duty.same_teacher',
          'teacherId: this duty is already that teacher’s; choose the teacher who takes it over.',
          { field: 'teacherId' },
        );
      const ended = await this.markEnded(user, duty);
      const today = localDate(ended.endedAt ?? undefined);
      const next = {
        schoolId,
        kind: duty.kind,
        teacherId: dto.teacherId,
        postOfficeIds: duty.postOfficeIds,
        startsOn: duty.startsOn > today ? duty.startsOn : today,
        endsOn: duty.endsOn,
        maxIntervalDays: duty.maxIntervalDays,
        appointedBy: user.id,
        followsDutyId: duty.id,
      };
      await this.collection.assertNoOverlap(next);
      // Names, not ids: the log says who handed the duty to whom.
      const handing = await this.collection.teacherNameOf(duty.id);
      noteForAudit({
        schoolId,
        targetName: taking.fullName,
        changes: {
          teacher: { before: handing, after: taking.fullName },
          followsDutyId: { before: null, after: duty.id },
        },
      });
      return this.db.tx.save(this.db.tx.create(CollectionDuty, next));
    });
  }

  /** The duty, if the caller may change it (the school's deputy for upbringing or director). */
  private async writable(user: Principal, id: string): Promise<CollectionDuty> {
    const duty = await this.collection.get(user, id);
    assertMayWriteSchool(user, duty.schoolId);
    return duty;
  }

  /** Read again under the school's lock: two deputies ending it at once end it once. */
  private async openUnderLock(id: string, schoolId: string): Promise<CollectionDuty> {
    await this.duties.lockSchoolDuties(schoolId);
    const duty = await this.db.tx.findOneByOrFail(CollectionDuty, { id });
    const today = localDate();
    const endedOn = duty.endedAt ? localDate(duty.endedAt) : duty.endsOn;
    if (duty.endedAt || (duty.endsOn !== null && duty.endsOn < today))
      throw fail(
        'duty.ended',
        `This duty ended on ${endedOn}; it cannot be ended or handed over again. Appoint a new duty instead.`,
        { endedOn },
      );
    return duty;
  }

  private async markEnded(user: Principal, duty: CollectionDuty): Promise<CollectionDuty> {
    const endedAt = new Date();
    await this.db.tx.update(CollectionDuty, { id: duty.id }, { endedAt, endedBy: user.id });
    return { ...duty, endedAt, endedBy: user.id };
  }
}
