import { Injectable } from '@nestjs/common';
import { noteForAudit } from '@/audit/audit-note';
import { Principal } from '@/auth/role';
import { errorBodyOf } from '@/common/errors/all-exceptions.filter';
import { roundTimeProblem } from '@/common/date-bounds';
import { fail } from '@/common/errors/domain-error';
import { PacketEventsService } from '@/packets/packet-events.service';
import { validCode } from '@/packets/packets.service';
import { CollectionDuty } from './collection-duty.entity';
import { CollectionService } from './collection.service';
import { RoundDto } from './dto/collection.dto';
import { RefusedCode, RoundResult, TakenPacket } from './duty.view';
import { HAND_OVER_EVENT, ROUND_EVENT, RoundEvent } from './duty-kind';

/** Where and when a round's codes are recorded. */
interface Visit {
  user: Principal;
  duty: CollectionDuty;
  postOfficeId: string;
  at: Date;
}

/**
 * One visit: records the round, then turns each code into a scan on its own: "collected" at
 * the post office; on a carrier's round, "handed_over" for each new by-hand packet given to a
 * family, then "taken_back" for each piece of work brought back.
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
    if (dto.handedOver?.length && duty.kind !== 'carry')
      throw fail(
        'duty.hand_over_not_carry',
        'handedOver: only a carrier of by-hand packets hands packets over on a round; this duty collects work at the post office.',
        { field: 'handedOver' },
      );
    const collectedAt = new Date(dto.collectedAt);
    const timeProblem = roundTimeProblem(duty, collectedAt);
    if (timeProblem) throw fail('duty.round_time_invalid', timeProblem);
    const visit: Visit = { user, duty, postOfficeId: dto.postOfficeId, at: collectedAt };
    const refused: RefusedCode[] = [];
    // Handed over first: a packet given and its work brought back on one visit reads in order.
    const handedOver = await this.recordAll(visit, dto.handedOver ?? [], HAND_OVER_EVENT, refused);
    const taken = await this.recordAll(visit, dto.codes, ROUND_EVENT[duty.kind], refused);
    // A duplicate was taken (or handed over) on an earlier visit: not counted again.
    const applied = (list: TakenPacket[]) => list.filter((p) => p.transition === 'applied').length;
    const round = await this.collection.saveRound(user, duty, dto.postOfficeId, collectedAt, {
      codesTaken: applied(taken),
      codesHandedOver: applied(handedOver),
    });
    noteForAudit({
      schoolId: duty.schoolId,
      targetName: await this.collection.teacherNameOf(duty.id),
      changes: {
        postOfficeId: { before: null, after: dto.postOfficeId },
        handedOver: { before: null, after: round.codesHandedOver },
        takenBack: { before: null, after: round.codesTaken },
      },
    });
    return {
      roundId: round.id,
      postOfficeId: dto.postOfficeId,
      collectedAt,
      taken,
      handedOver,
      refused,
    };
  }

  /** Each code on its own: a bad one joins `refused` and the rest are still recorded. */
  private async recordAll(
    { user, duty, postOfficeId, at }: Visit,
    codes: string[],
    event: RoundEvent,
    refused: RefusedCode[],
  ): Promise<TakenPacket[]> {
    const done: TakenPacket[] = [];
    for (const raw of codes) {
      try {
        const result = await this.events.apply(
          { code: validCode(raw), event, actorId: user.id, postOfficeId, occurredAt: at },
          {
            guard: { kind: 'school', schoolId: duty.schoolId, destinationOfficeId: postOfficeId },
            refusal: (packet) => this.collection.roundRefusal(duty.schoolId, packet),
          },
        );
        done.push({
          code: result.packet.code,
          pupilInitials: result.packet.pupilInitials,
          classLabel: result.packet.classLabel,
          transition: result.transition,
        });
      } catch (error) {
        const { statusCode, code, message, details } = errorBodyOf(error);
        refused.push({ code: raw, event, statusCode, errorCode: code, message, details });
      }
    }
    return done;
  }
}
