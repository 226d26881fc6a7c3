import { ApiProperty } from '@nestjs/swagger';
import { S10_PATTERN } from '@/packets/s10';
import { Role } from '@/auth/role';
import { formatPostcode } from '@/directory/postcode';
import { DeliveryMode } from '@/directory/students/delivery';
import { EventView } from '@/packets/packet-event.view';
import { PacketReviewView } from '@/reviews/review.view';
import { Packet } from '@/packets/packet.entity';
import { PacketStatus } from '@/packets/packet-status';

/** School staff and the admin see the whole packet: what it holds and whom it is for. */
export class FullPacketView extends Packet {
  events: EventView[];
  /** The marks and comments given for its work, one per reviewed case. */
  reviews: PacketReviewView[];
}

export class OfficeBrief {
  name: string;
  postcode: string;
}

/**
 * What a post clerk sees at the counter: enough to hand the packet over and take the work
 * back, never the lesson, the marks and comments, or anyone's phone.
 */
export class CounterPacketView {
  @ApiProperty({ pattern: S10_PATTERN.source, example: 'RR123456785KZ' })
  code: string;
  status: PacketStatus;
  recipientName: string;
  delivery: DeliveryMode;
  /** Only for door-to-door delivery, where the postman needs it. */
  deliveryAddress: string | null;
  classLabel: string;
  returnDueOn: string;
  destinationOffice: OfficeBrief;
  events: EventView[];
}

export type PacketView = FullPacketView | CounterPacketView;

/**
 * The one place a packet's fields are chosen per role (the table in docs/security.md says
 * the same).
 */
export function packetViewFor(
  role: Role,
  packet: Packet,
  events: EventView[],
  reviews: PacketReviewView[],
): PacketView {
  if (role !== 'post_clerk') return { ...packet, events, reviews };
  const { student, schoolClass } = packet.snapshot;
  return {
    code: packet.code,
    status: packet.status,
    recipientName: student.fullName,
    delivery: student.delivery,
    deliveryAddress:
      student.delivery === 'door'
        ? `${student.address}, ${formatPostcode(student.postcode)}`
        : null,
    classLabel: `${schoolClass.grade} ${schoolClass.letter}`,
    returnDueOn: packet.returnDueOn,
    destinationOffice: {
      name: student.office.name,
      postcode: formatPostcode(student.office.postcode),
    },
    events,
  };
}
