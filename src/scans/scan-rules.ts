import { Principal, SCHOOL_ROLES } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { EventAccess, PacketPlaces } from '@/packets/packet-events.service';
import { PacketGuard } from '@/packets/packet-access';
import { DEPUTIES } from '@/auth/permissions';
import { DATE_BOUNDS } from '@/common/date-bounds';
import {
  CLERK_EVENTS,
  ClerkEvent,
  officeRecording,
  OfficeSide,
  recorderOf,
} from '@/packets/journey';
import { ScanDto, ScanEvent } from './dto/scan.dto';

const OLDEST_OFFLINE_SCAN_MS = 60 * 86_400_000;

/** Where the scan is recorded and whose packets it may move. */
export interface ScanPlace {
  postOfficeId: string | null;
  access: EventAccess;
}

const isClerkEvent = (event: ScanDto['event']): event is ClerkEvent =>
  recorderOf(event) === 'clerk';

/** A clerk records the events of their own office's step; checked before any database work. */
export function clerkScan(user: Principal, dto: ScanDto): ScanPlace {
  if (!isClerkEvent(dto.event))
    throw fail(
      'scan.event_not_yours',
      `A post clerk records ${CLERK_EVENTS.join(', ')}; "${dto.event}" is the collecting teacher's scan.`,
      { event: dto.event },
    );
  const officeId = user.postOfficeId;
  if (!officeId || (dto.postOfficeId && dto.postOfficeId !== officeId))
    throw fail('scan.wrong_office', 'You can scan only at your own post office.');
  const side = officeRecording(dto.event);
  return {
    postOfficeId: officeId,
    access: {
      guard: { kind: 'office', officeId, side },
      refusal: (packet) => wrongOfficeOrUnknown(packet, officeId, dto.event, side),
    },
  };
}

function wrongOfficeOrUnknown(
  packet: PacketPlaces,
  officeId: string,
  event: ScanEvent,
  side: OfficeSide,
): Error {
  const passesHere = packet.originOfficeId === officeId || packet.destinationOfficeId === officeId;
  if (!passesHere) return notFound('packet', packet.code);
  const where = side === 'origin' ? 'the office it was posted at' : 'the office it is sent to';
  return fail(
    'scan.wrong_office',
    `"${event}" for packet ${packet.code} is recorded by ${where}, not by yours.`,
    { event, recordedAt: side },
  );
}

/** A by-hand packet's step, recorded by whoever carries it: no office involved. */
export const isCarrierEvent = (event: ScanDto['event']): boolean =>
  recorderOf(event) === 'carrier';

/**
 * School staff record "collected" at a named office (their duty is checked after), and a
 * by-hand packet's hand-over and work taken back.
 */
export function staffScanOffice(user: Principal, dto: ScanDto): string {
  if (SCHOOL_ROLES.includes(user.role) && recorderOf(dto.event) !== 'teacher')
    throw fail(
      'scan.event_not_yours',
      `School staff record only "collected", "handed_over" and "taken_back"; "${dto.event}" is scanned by the post office.`,
      { event: dto.event },
    );
  if (!dto.postOfficeId)
    throw fail('request.invalid', 'postOfficeId is required: name the office the scan is at.', {
      fields: [
        { field: 'postOfficeId', problems: ['postOfficeId is required'], rules: ['isDefined'] },
      ],
      more: 0,
    });
  return dto.postOfficeId;
}

/**
 * Who records any by-hand packet of the school handed over or taken back, without a carrying
 * duty: those who may set a wrong scan right (the deputies, the director), and the admin.
 */
export const recordsEveryCarrierStep = (user: Principal): boolean =>
  user.role === 'admin' || DEPUTIES.includes(user.role);

/** A carrier's step at no post office: the packets the guard lets them move. */
export function carrierScan(guard: PacketGuard): ScanPlace {
  return { postOfficeId: null, access: { guard } };
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
  if (at.getTime() > now.getTime() + DATE_BOUNDS.clockSkewMs)
    throw fail('scan.time_invalid', 'scannedAt is in the future: check the scan station’s clock.', {
      reason: 'clock',
    });
  if (at.getTime() < now.getTime() - OLDEST_OFFLINE_SCAN_MS)
    throw fail(
      'scan.time_invalid',
      'scannedAt is more than 60 days ago: check the scan station’s clock.',
      { reason: 'clock' },
    );
  return at;
}
