import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Principal } from '@/auth/role';
import { noteForAudit } from '@/audit/audit-note';
import { roundTimeProblem } from '@/common/date-bounds';
import { fail } from '@/common/errors/domain-error';
import { PacketEventsService } from '@/packets/packet-events.service';
import { CollectionService } from './collection.service';
import { CollectionRepository } from './collection.repository';
import { BroughtIn } from './duty.view';
import { BRING_IN } from './duty-kind';

/**
 * Back at school, the carrier brings in every piece of work taken back from the families of the
 * duty's villages: each packet "collected" on the carrier's duty, all in one transaction.
 */
@Injectable()
export class BringInService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly collection: CollectionService,
    private readonly duties: CollectionRepository,
    private readonly events: PacketEventsService,
  ) {}

  async bringIn(user: Principal, dutyId: string): Promise<BroughtIn> {
    const duty = await this.collection.get(user, dutyId);
    this.collection.assertMayRecordRound(user, duty);
    if (duty.kind !== 'carry')
      throw fail(
        'duty.bring_in_not_carry',
        'Only a carrier of by-hand packets brings work into school this way; a collecting teacher records "collected" on the round at the post office.',
      );
    const broughtAt = new Date();
    const timeProblem = roundTimeProblem(duty, broughtAt);
    if (timeProblem)
      throw fail('duty.ended', `This duty is not in force now: ${timeProblem}`, {
        dutyId: duty.id,
      });
    return this.db.withTransaction(async () => {
      const rows = await this.duties.toBringIn(duty.schoolId, duty.postOfficeIds, true);
      const broughtIn = [];
      for (const row of rows) {
        const { packet, transition } = await this.events.apply(
          {
            code: row.code,
            event: BRING_IN.event,
            actorId: user.id,
            postOfficeId: row.destination_office_id,
            occurredAt: broughtAt,
          },
          {
            guard: {
              kind: 'school',
              schoolId: duty.schoolId,
              destinationOfficeId: row.destination_office_id,
            },
          },
        );
        broughtIn.push({
          code: packet.code,
          pupilInitials: packet.pupilInitials,
          classLabel: packet.classLabel,
          transition,
        });
      }
      noteForAudit({
        schoolId: duty.schoolId,
        targetName: await this.collection.teacherNameOf(duty.id),
        changes: { broughtIn: { before: null, after: broughtIn.length } },
      });
      return { broughtAt, broughtIn };
    });
  }
}
