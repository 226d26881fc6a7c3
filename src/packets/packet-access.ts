import { Principal } from '@/auth/role';
import { Packet } from './packet.entity';
import type { OfficeSide } from './journey';

/** The places a guard looks at. */
type PacketOffices = Pick<Packet, 'schoolId' | 'originOfficeId' | 'destinationOfficeId'>;

/**
 * Which packets someone may see or move, as data: the same rule is checked in code and, for
 * a scan, inside the statement that writes it.
 */
export type PacketGuard =
  | { kind: 'any' }
  | { kind: 'none' }
  /** A school's packets; a collection round also fixes the office they are handed in at. */
  | { kind: 'school'; schoolId: string; destinationOfficeId?: string }
  /** Packets sent from (origin) or to (destination) one post office, or either. */
  | { kind: 'office'; officeId: string; side: OfficeSide };

/** School staff see their school's packets; clerks the packets that pass through their office. */
export function packetGuardFor(user: Principal): PacketGuard {
  if (user.role === 'admin') return { kind: 'any' };
  if (user.role === 'post_clerk')
    return user.postOfficeId
      ? { kind: 'office', officeId: user.postOfficeId, side: 'either' }
      : { kind: 'none' };
  return user.schoolId ? { kind: 'school', schoolId: user.schoolId } : { kind: 'none' };
}

export function guardAllows(guard: PacketGuard, packet: PacketOffices): boolean {
  switch (guard.kind) {
    case 'any':
      return true;
    case 'none':
      return false;
    case 'school':
      return (
        packet.schoolId === guard.schoolId &&
        (guard.destinationOfficeId === undefined ||
          packet.destinationOfficeId === guard.destinationOfficeId)
      );
    case 'office':
      return (
        (guard.side !== 'destination' && packet.originOfficeId === guard.officeId) ||
        (guard.side !== 'origin' && packet.destinationOfficeId === guard.officeId)
      );
  }
}

export function canSeePacket(user: Principal, packet: PacketOffices): boolean {
  return guardAllows(packetGuardFor(user), packet);
}
