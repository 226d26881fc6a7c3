import { Principal } from '@/auth/role';
import { Packet } from './packet.entity';

/** School staff see their school's packets; clerks the packets that pass through their office. */
export function canSeePacket(
  user: Principal,
  packet: Pick<Packet, 'schoolId' | 'originOfficeId' | 'destinationOfficeId'>,
): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'post_clerk')
    return (
      user.postOfficeId === packet.originOfficeId ||
      user.postOfficeId === packet.destinationOfficeId
    );
  return user.schoolId === packet.schoolId;
}
