import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import { fail } from '@/common/errors/domain-error';
import { Packet } from '@/packets/packet.entity';
import { SerialAllocator } from '@/packets/serial-allocator';
import { DispatchesRepository } from './dispatches.repository';

/**
 * A packet made again in place of another (sent again after "undeliverable", or reprinted
 * after it was lost or damaged): a new code at the end of the same dispatch's list, the
 * journey started afresh, and a link back to the packet it replaces. A packet is replaced
 * once: the dispatch row is locked while that is checked and the list number taken.
 */
@Injectable()
export class PacketReplacements {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly serials: SerialAllocator,
    private readonly dispatches: DispatchesRepository,
  ) {}

  /** Inside the caller's transaction: the new packet and its code commit with the rest. */
  async make(old: Packet, changes: (code: string) => Partial<Packet>): Promise<Packet> {
    await this.dispatches.lock(old.dispatchId);
    const again = await this.db.tx.findOneBy(Packet, { replacesPacketId: old.id });
    if (again)
      throw fail(
        'packet.already_redispatched',
        `Packet ${old.code} was already made again as ${again.code}.`,
        { code: again.code },
      );
    const max = await this.dispatches.lastListNo(old.dispatchId);
    const [code] = await this.serials.allocate(1, old.schoolId);
    const packet = this.db.tx.create(Packet, {
      ...old,
      id: randomUUID(),
      code,
      listNo: max + 1,
      status: 'created',
      extensionReason: null,
      deliveredAt: null,
      returnedAt: null,
      collectedAt: null,
      reviewedAt: null,
      endedAt: null,
      replacesPacketId: old.id,
      snapshot: { ...old.snapshot, code },
      ...changes(code),
    });
    await this.db.tx.insert(Packet, packet);
    return packet;
  }
}
