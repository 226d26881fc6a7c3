import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Principal } from '@/auth/role';
import { CollectionService } from '@/collection/collection.service';
import { errorBodyOf } from '@/common/errors/all-exceptions.filter';
import { fail } from '@/common/errors/domain-error';
import { describeProblems } from '@/common/validation/validation-pipe';
import { PostOfficesService } from '@/directory/post-offices/post-offices.service';
import { PacketEventsService } from '@/packets/packet-events.service';
import { EventResult } from '@/packets/packet-event.view';
import { packetGuardFor } from '@/packets/packet-access';
import { PacketsService, validCode } from '@/packets/packets.service';
import { ScanDto } from './dto/scan.dto';
import { BatchItemResult, BatchResult } from './scan-batch.view';
import {
  carrierScan,
  checkReason,
  clerkScan,
  isCarrierEvent,
  occurredAt,
  recordsEveryCarrierStep,
  ScanPlace,
  staffScanOffice,
} from './scan-rules';

@Injectable()
export class ScansService {
  constructor(
    private readonly events: PacketEventsService,
    private readonly offices: PostOfficesService,
    private readonly collection: CollectionService,
    private readonly packets: PacketsService,
  ) {}

  /** Checks everything that needs no database first, then applies the scan. */
  async scan(user: Principal, dto: ScanDto): Promise<EventResult> {
    const code = validCode(dto.code);
    checkReason(dto);
    const at = occurredAt(dto);
    const place =
      user.role === 'post_clerk' ? clerkScan(user, dto) : await this.staffScan(user, dto, at);
    return this.events.apply(
      {
        code,
        event: dto.event,
        actorId: user.id,
        postOfficeId: place.postOfficeId,
        occurredAt: at,
        clientId: dto.clientId,
        reason: dto.reason,
      },
      place.access,
    );
  }

  /**
   * School staff record "collected" only on a duty in force at that office (the admin may
   * record any event, to put a record right); the office must exist.
   */
  private async staffScan(user: Principal, dto: ScanDto, at: Date): Promise<ScanPlace> {
    if (isCarrierEvent(dto.event)) return this.carrierPlace(user, dto.code, at);
    const postOfficeId = staffScanOffice(user, dto);
    await this.offices.get(postOfficeId);
    if (user.role === 'admin') return { postOfficeId, access: { guard: packetGuardFor(user) } };
    const duty = await this.collection.dutyInForce(user, postOfficeId, at);
    return {
      postOfficeId,
      access: {
        guard: { kind: 'school', schoolId: duty.schoolId, destinationOfficeId: postOfficeId },
        refusal: (packet) => this.collection.roundRefusal(duty.schoolId, packet),
      },
    };
  }

  /**
   * A by-hand packet's hand-over or work taken back: by the carrier appointed for the pupil's
   * office (a duty in force then), or by those who record every carrier step.
   */
  private async carrierPlace(user: Principal, code: string, at: Date): Promise<ScanPlace> {
    const guard = packetGuardFor(user);
    if (recordsEveryCarrierStep(user)) return carrierScan(guard);
    const packet = await this.packets.getByCode(user, code);
    const duty = await this.collection.carryInForce(user, packet.destinationOfficeId, at);
    return carrierScan({
      kind: 'school',
      schoolId: duty.schoolId,
      destinationOfficeId: packet.destinationOfficeId,
    });
  }

  /** Scans in order, each on its own: a bad one is reported and the rest still apply. */
  async batch(user: Principal, scans: object[]): Promise<BatchResult> {
    const results: BatchItemResult[] = [];
    for (const [index, raw] of scans.entries()) {
      try {
        const result = await this.scan(user, await validScan(raw));
        results.push({ index, statusCode: result.transition === 'applied' ? 201 : 200, ...result });
      } catch (error) {
        results.push({ index, ...errorBodyOf(error) });
      }
    }
    const count = (status: number): number => results.filter((r) => r.statusCode === status).length;
    return {
      applied: count(201),
      duplicates: count(200),
      failed: results.length - count(201) - count(200),
      results,
    };
  }
}

async function validScan(raw: object): Promise<ScanDto> {
  const dto = plainToInstance(ScanDto, raw);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const fields = errors.map((e) => ({
      field: e.property,
      problems: Object.values(e.constraints ?? {}),
      rules: Object.keys(e.constraints ?? {}),
    }));
    throw fail('request.invalid', describeProblems(fields), { fields, more: 0 });
  }
  return dto;
}
