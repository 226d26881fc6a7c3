import { Principal } from '@/auth/role';
import { DomainError } from '@/common/errors/domain-error';
import { PacketPlaces } from '@/packets/packet-events.service';
import { ScanDto } from './dto/scan.dto';
import { checkReason, clerkScan, occurredAt, staffScanOffice } from './scan-rules';

const OFFICE = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const clerk: Principal = { id: 'c', role: 'post_clerk', postOfficeId: OFFICE };
const teacher: Principal = { id: 't', role: 'teacher', schoolId: 's' };
const admin: Principal = { id: 'a', role: 'admin' };

const scan = (fields: Partial<ScanDto>): ScanDto =>
  Object.assign(new ScanDto(), { code: 'RR123456785KZ', event: 'posted', ...fields });

/** The error code a rule throws, or undefined when it lets the scan through. */
function refusal(rule: () => unknown): string | undefined {
  try {
    rule();
    return undefined;
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

describe('clerkScan', () => {
  it("records a clerk's event at their own office, guarded by the side of the journey it belongs to", () => {
    const place = clerkScan(clerk, scan({ event: 'posted' }));
    expect(place.postOfficeId).toBe(OFFICE);
    expect(place.access.guard).toEqual({ kind: 'office', officeId: OFFICE, side: 'origin' });
    expect(clerkScan(clerk, scan({ event: 'arrived' })).access.guard).toMatchObject({
      side: 'destination',
    });
  });

  it("refuses the teacher's scan and another office", () => {
    expect(refusal(() => clerkScan(clerk, scan({ event: 'collected' })))).toBe(
      'scan.event_not_yours',
    );
    expect(refusal(() => clerkScan(clerk, scan({ postOfficeId: OTHER })))).toBe(
      'scan.wrong_office',
    );
    expect(refusal(() => clerkScan({ ...clerk, postOfficeId: undefined }, scan({})))).toBe(
      'scan.wrong_office',
    );
    expect(refusal(() => clerkScan(clerk, scan({ postOfficeId: OFFICE })))).toBeUndefined();
  });

  it('explains a refused packet: unknown when it never passes here, the wrong side when it does', () => {
    const { refusal: explain } = clerkScan(clerk, scan({ event: 'arrived' })).access;
    const packet = (origin: string, destination: string): PacketPlaces => ({
      id: 'p',
      code: 'RR123456785KZ',
      status: 'posted',
      schoolId: 's',
      originOfficeId: origin,
      destinationOfficeId: destination,
    });
    expect((explain!(packet(OTHER, OTHER)) as DomainError).code).toBe('packet.not_found');
    const wrongSide = explain!(packet(OFFICE, OTHER)) as DomainError;
    expect(wrongSide.code).toBe('scan.wrong_office');
    expect(wrongSide.details).toEqual({ event: 'arrived', recordedAt: 'destination' });
  });
});

describe('staffScanOffice', () => {
  it('lets school staff record only "collected", at the office they name', () => {
    expect(staffScanOffice(teacher, scan({ event: 'collected', postOfficeId: OFFICE }))).toBe(
      OFFICE,
    );
    expect(refusal(() => staffScanOffice(teacher, scan({ event: 'arrived' })))).toBe(
      'scan.event_not_yours',
    );
    expect(refusal(() => staffScanOffice(teacher, scan({ event: 'collected' })))).toBe(
      'request.invalid',
    );
  });

  it('lets the admin record any event, still at a named office', () => {
    expect(staffScanOffice(admin, scan({ event: 'arrived', postOfficeId: OTHER }))).toBe(OTHER);
  });
});

describe('checkReason', () => {
  it('wants a reason for "undeliverable" and only for it', () => {
    expect(refusal(() => checkReason(scan({ event: 'undeliverable' })))).toBe(
      'scan.reason_required',
    );
    expect(
      refusal(() => checkReason(scan({ event: 'undeliverable', reason: 'refused' }))),
    ).toBeUndefined();
    expect(refusal(() => checkReason(scan({ event: 'arrived', reason: 'refused' })))).toBe(
      'scan.reason_unexpected',
    );
    expect(refusal(() => checkReason(scan({ event: 'arrived' })))).toBeUndefined();
  });
});

describe('occurredAt', () => {
  const now = new Date('2026-12-05T06:00:00Z');
  const minutes = (n: number): string => new Date(now.getTime() + n * 60_000).toISOString();

  it('is now without a station time, and the station time when it is believable', () => {
    expect(occurredAt(scan({}), now)).toEqual(now);
    expect(occurredAt(scan({ scannedAt: minutes(-90) }), now)).toEqual(new Date(minutes(-90)));
    // A station clock up to five minutes fast is within the allowed skew.
    expect(occurredAt(scan({ scannedAt: minutes(5) }), now)).toEqual(new Date(minutes(5)));
  });

  it('refuses a clock more than five minutes fast or a scan more than 60 days old', () => {
    expect(refusal(() => occurredAt(scan({ scannedAt: minutes(6) }), now))).toBe(
      'scan.time_invalid',
    );
    expect(refusal(() => occurredAt(scan({ scannedAt: minutes(-60 * 24 * 60 - 1) }), now))).toBe(
      'scan.time_invalid',
    );
    expect(occurredAt(scan({ scannedAt: minutes(-60 * 24 * 60 + 1) }), now)).toEqual(
      new Date(minutes(-60 * 24 * 60 + 1)),
    );
  });
});
