import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Principal } from '@/auth/role';
import { errorBodyOf } from '@/common/errors/all-exceptions.filter';
import { ErrorBody } from '@/common/errors/error-body';
import { fail } from '@/common/errors/domain-error';
import { EventResult, PacketEventsService } from '@/packets/packet-events.service';
import { packetGuardFor } from '@/packets/packet-access';
import { validCode } from '@/packets/packets.service';
import { ScanDto } from './dto/scan.dto';
import { checkReason, occurredAt, scanOffice } from './scan-rules';

export type BatchItemResult =
  ({ index: number; statusCode: 200 | 201 } & EventResult) | ({ index: number } & ErrorBody);

export interface BatchResult {
  applied: number;
  duplicates: number;
  failed: number;
  results: BatchItemResult[];
}

@Injectable()
export class ScansService {
  constructor(private readonly events: PacketEventsService) {}

  /** Checks everything that needs no database first, then applies the scan. */
  scan(user: Principal, dto: ScanDto): Promise<EventResult> {
    const code = validCode(dto.code);
    checkReason(dto);
    const postOfficeId = scanOffice(user, dto);
    return this.events.apply(
      {
        code,
        event: dto.event,
        actorId: user.id,
        postOfficeId,
        occurredAt: occurredAt(dto),
        clientId: dto.clientId,
        reason: dto.reason,
      },
      { guard: packetGuardFor(user) },
    );
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
    const message = errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ');
    throw fail('request.invalid', message, { fields: errors.map((e) => e.property) });
  }
  return dto;
}
