import { Principal, SCHOOL_ROLES } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ScanDto, ScanEvent } from './dto/scan.dto';

const CLERK_EVENTS: readonly ScanEvent[] = [
  'posted',
  'arrived',
  'delivered',
  'return_received',
  'undeliverable',
  'lost',
];
const CLOCK_SKEW_MS = 5 * 60_000;
const OLDEST_OFFLINE_SCAN_MS = 60 * 86_400_000;

/** Who may record which event, and at which office. Throws before any database work. */
export function scanOffice(user: Principal, dto: ScanDto): string | null {
  if (user.role === 'post_clerk') {
    if (!CLERK_EVENTS.includes(dto.event))
      throw fail(
        'scan.event_not_yours',
        `A post clerk records ${CLERK_EVENTS.join(', ')}; "${dto.event}" is the collecting teacher's scan.`,
      );
    if (dto.postOfficeId && dto.postOfficeId !== user.postOfficeId)
      throw fail('scan.wrong_office', 'You can scan only at your own post office.');
    return user.postOfficeId ?? null;
  }
  if (SCHOOL_ROLES.includes(user.role) && dto.event !== 'collected') {
    throw fail(
      'scan.event_not_yours',
      `School staff record only "collected"; "${dto.event}" is scanned by the post office.`,
    );
  }
  return dto.postOfficeId ?? null;
}

export function checkReason(dto: ScanDto): void {
  if (dto.event === 'undeliverable' && !dto.reason) {
    throw fail(
      'scan.reason_required',
      'An undeliverable scan needs a reason: address_not_found, addressee_absent, refused or moved_away.',
      { reason: 'reason_required' },
    );
  }
  if (dto.event !== 'undeliverable' && dto.reason)
    throw fail('scan.reason_unexpected', 'Only an undeliverable scan takes a reason.');
}

/** The device time of the scan; offline stations send it later, a wrong clock is refused. */
export function occurredAt(dto: ScanDto, now = new Date()): Date {
  if (!dto.scannedAt) return now;
  const at = new Date(dto.scannedAt);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
    throw fail('scan.time_invalid', 'scannedAt is in the future: check the scan station’s clock.', {
      reason: 'clock',
    });
  if (at.getTime() < now.getTime() - OLDEST_OFFLINE_SCAN_MS)
    throw fail(
      'scan.time_invalid',
      'scannedAt is more than 60 days ago: check the scan station’s clock.',
      {
        reason: 'clock',
      },
    );
  return at;
}
