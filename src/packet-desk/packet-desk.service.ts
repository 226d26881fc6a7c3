import { Injectable } from '@nestjs/common';
import { Principal } from '@/auth/role';
import { PacketEventsService } from '@/packets/packet-events.service';
import { PacketsService } from '@/packets/packets.service';
import { ReviewsService } from '@/reviews/reviews.service';
import { packetViewFor, PacketView } from './packet.view';

/** One packet as the desk shows it: the packet, its journey and, for school staff, its reviews. */
@Injectable()
export class PacketDeskService {
  constructor(
    private readonly packets: PacketsService,
    private readonly events: PacketEventsService,
    private readonly reviews: ReviewsService,
  ) {}

  /** The packet with its whole history, oldest first. */
  async viewByCode(user: Principal, rawCode: string): Promise<PacketView> {
    const packet = await this.packets.getByCode(user, rawCode);
    const [events, reviews] = await Promise.all([
      this.events.history(packet.id),
      // A clerk's view carries no marks: no need to read them.
      user.role === 'post_clerk' ? [] : this.reviews.ofPacket(packet.id),
    ]);
    return packetViewFor(user.role, packet, events, reviews);
  }
}
