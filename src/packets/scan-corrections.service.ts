import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { CorrectScanDto } from './dto/packet.dto';
import { PacketEventCorrection } from './packet-event-correction.entity';
import { Packet } from './packet.entity';
import { PacketsService } from './packets.service';
import { CountedEventRow, PacketsRepository } from './packets.repository';
import { standingFrom } from './scan-correction';
import { CorrectionResult } from './scan-correction.view';

/**
 * A wrong scan set right without deleting it: a correction record says who, when and why, the
 * event stops counting, and the packet goes back to where the remaining events put it. Only
 * the event that put the packet where it is now can be corrected (then the one before it),
 * never a review, nor a packet already replaced by another.
 */
@Injectable()
export class ScanCorrectionsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly packets: PacketsService,
    private readonly rows: PacketsRepository,
  ) {}

  async correct(user: Principal, rawCode: string, dto: CorrectScanDto): Promise<CorrectionResult> {
    const packet = await this.packets.getByCode(user, rawCode);
    const result = await this.db.withTransaction(async () => {
      const status = await this.rows.lockStatus(packet.id);
      const events = await this.rows.countedEvents(packet.id);
      const wrong = events.find((e) => e.id === dto.eventId);
      await this.assertCorrectable(user, packet, status, wrong);
      const standing = standingFrom(
        events
          .filter((e) => e.id !== dto.eventId)
          .map((e) => ({ event: e.event, occurredAt: new Date(e.occurred_at) })),
      );
      await this.rows.setStanding(packet.id, standing);
      await this.db.tx.insert(PacketEventCorrection, {
        eventId: dto.eventId,
        reason: dto.reason,
        actorId: user.id,
        statusBefore: status,
        statusAfter: standing.status,
      });
      return {
        code: packet.code,
        correctedEventId: dto.eventId,
        statusBefore: status,
        statusAfter: standing.status,
      };
    });
    noteForAudit({
      schoolId: packet.schoolId,
      changes: {
        status: { before: result.statusBefore, after: result.statusAfter },
        reason: { before: null, after: dto.reason },
      },
    });
    return result;
  }

  private async assertCorrectable(
    user: Principal,
    packet: Packet,
    status: Packet['status'],
    wrong: CountedEventRow | undefined,
  ): Promise<void> {
    const refuse = (reason: string, message: string) =>
      fail('scan.correction_invalid', message, { reason, status });
    if (!wrong || wrong.event !== status)
      throw refuse(
        'not_latest',
        `Only the event that put packet ${packet.code} where it is now (${status}) can be corrected.`,
      );
    if (wrong.event === 'reviewed')
      throw refuse('review', 'A review is not a scan; it cannot be corrected here.');
    if (user.role === 'post_clerk' && wrong.post_office_id !== user.postOfficeId)
      throw fail('scan.wrong_office', 'A clerk corrects only the scans of their own office.');
    if (await this.db.tx.findOneBy(Packet, { replacesPacketId: packet.id }))
      throw refuse('replaced', `Packet ${packet.code} was already made again under a new code.`);
  }
}
