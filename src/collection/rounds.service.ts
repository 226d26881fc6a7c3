import { Injectable } from '@nestjs/common';
import { Principal } from '@/auth/role';
import { errorBodyOf } from '@/common/errors/all-exceptions.filter';
import { roundTimeProblem } from '@/common/date-bounds';
import { fail } from '@/common/errors/domain-error';
import { PacketEventsService } from '@/packets/packet-events.service';
import { validCode } from '@/packets/packets.service';
import { CollectionService } from './collection.service';
import { RoundDto } from './dto/collection.dto';
import { RoundResult } from './duty.view';
import { ROUND_EVENT } from './duty-kind';

/**
 * One visit: records the round, then turns each code into a scan on its own: "collected" at
 * the post office, or a carrier's "taken_back" from the family of a by-hand pupil.
 */
@Injectable()
export class RoundsService {
  constructor(
    private readonly collection: CollectionService,
    private readonly events: PacketEventsService,
  ) {}

  async record(user: Principal, dutyId: string, dto: RoundDto): Promise<RoundResult> {
    const duty = await this.collection.get(user, dutyId);
    this.collection.assertMayRecordRound(user, duty);
    if (!duty.postOfficeIds.includes(dto.postOfficeId))
      throw fail(
        'duty.office_not_covered',
        'This duty does not cover that post office; record the round at one of its offices.',
      );
    const collectedAt = new Date(dto.collectedAt);
    const timeProblem = roundTimeProblem(duty, collectedAt);
    if (timeProblem) throw fail('duty.round_time_invalid', timeProblem);
    const taken: RoundResult['taken'] = [];
    const refused: RoundResult['refused'] = [];
    for (const raw of dto.codes) {
      try {
        const result = await this.events.apply(
          {
            code: validCode(raw),
            event: ROUND_EVENT[duty.kind],
            actorId: user.id,
            postOfficeId: dto.postOfficeId,
            occurredAt: collectedAt,
          },
          {
            guard: {
              kind: 'school',
              schoolId: duty.schoolId,
              destinationOfficeId: dto.postOfficeId,
            },
            refusal: (packet) => this.collection.roundRefusal(duty.schoolId, packet),
          },
        );
        taken.push({
          code: result.packet.code,
          pupilInitials: result.packet.pupilInitials,
          classLabel: result.packet.classLabel,
          transition: result.transition,
        });
      } catch (error) {
        const { statusCode, code, message, details } = errorBodyOf(error);
        refused.push({ code: raw, statusCode, errorCode: code, message, details });
      }
    }
    const round = await this.collection.saveRound(
      user,
      duty,
      dto.postOfficeId,
      collectedAt,
      taken.length,
    );
    return { roundId: round.id, postOfficeId: dto.postOfficeId, collectedAt, taken, refused };
  }
}
