import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ReprintDto } from '@/packets/dto/packet.dto';
import { statusesAllowing } from '@/packets/packet-lifecycle';
import { PacketEventsService } from '@/packets/packet-events.service';
import { Packet } from '@/packets/packet.entity';
import { PacketsService } from '@/packets/packets.service';
import { PacketReplacements } from '@/dispatches/replacement';

/**
 * A packet lost on the way or damaged is reprinted: the old code ends as lost (its history
 * kept), a new packet with a new code carries the same content to the same pupil, all in one
 * transaction. The reason goes to the audit log.
 */
@Injectable()
export class ReprintService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly packets: PacketsService,
    private readonly events: PacketEventsService,
    private readonly replacements: PacketReplacements,
  ) {}

  async reprint(user: Principal, rawCode: string, dto: ReprintDto): Promise<Packet> {
    const old = await this.packets.getByCode(user, rawCode);
    assertMayWriteSchool(user, old.schoolId);
    if (old.status !== 'lost' && !statusesAllowing('lost').includes(old.status))
      throw fail(
        'packet.illegal_transition',
        `Packet ${old.code} is ${old.status}: a packet is reprinted when it is lost on the way (posted, arrived or handed back) or already marked lost; one still at school prints again as it is.`,
        { reason: 'illegal_transition', status: old.status },
      );
    const made = await this.db.withTransaction(async () => {
      if (old.status !== 'lost')
        await this.events.apply(
          {
            code: old.code,
            event: 'lost',
            actorId: user.id,
            postOfficeId: null,
            occurredAt: new Date(),
          },
          { guard: { kind: 'school', schoolId: old.schoolId } },
        );
      return this.replacements.make(old, () => ({}));
    });
    noteForAudit({
      schoolId: old.schoolId,
      changes: {
        code: { before: old.code, after: made.code },
        reason: { before: null, after: dto.reason },
      },
    });
    return made;
  }
}
