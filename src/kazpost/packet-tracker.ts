import { Injectable } from '@nestjs/common';
import { DomainError } from '@/common/errors/domain-error';
import { PacketEvent } from '@/packets/packet-lifecycle';
import { PacketEventsService } from '@/packets/packet-events.service';
import { PacketStatus } from '@/packets/packet-status';
import { KazpostOperation } from './kazpost-answer';
import { KazpostClient } from './kazpost-client';
import { decide, DisagreementKind, refusalMeans } from './kazpost-decisions';
import { TrackingRepository } from './tracking.repository';

/** A packet in the postal part of its journey, as the sweep reads it. */
export interface TrackedPacket {
  id: string;
  code: string;
  deliveryPostcode: string;
  originOfficeId: string;
  destinationOfficeId: string;
}

/** What one check of one packet found. */
export interface CheckOutcome {
  recorded: number;
  disagreements: number;
  unknownCodes: string[];
}

/**
 * Asks Kazpost for one packet's history and records each step it proves as our event, marked
 * as Kazpost's, with Kazpost's time and office, through the same statement a clerk's scan
 * takes: a step already scanned at a station is the same event (a duplicate, nothing changes),
 * and the guardian's message about an arrival is written once whoever records it first.
 */
@Injectable()
export class PacketTracker {
  constructor(
    private readonly tracking: TrackingRepository,
    private readonly client: KazpostClient,
    private readonly events: PacketEventsService,
  ) {}

  async check(packet: TrackedPacket): Promise<CheckOutcome> {
    const operations = await this.client.history(packet.code);
    const outcome: CheckOutcome = { recorded: 0, disagreements: 0, unknownCodes: [] };
    const inOrder = [...operations].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    for (const operation of inOrder) {
      const decision = decide(operation, packet.deliveryPostcode);
      if (decision.kind === 'skip') {
        if (decision.unknownCode) outcome.unknownCodes.push(decision.unknownCode);
      } else if (decision.kind === 'disagree') {
        outcome.disagreements += await this.disagree(packet, operation, decision);
      } else {
        const result = await this.record(packet, operation, decision.event);
        if (result === 'recorded') outcome.recorded += 1;
        if (result === 'conflict')
          outcome.disagreements += await this.disagree(packet, operation, {
            disagreement: 'conflicting_step',
            event: decision.event,
          });
      }
    }
    return outcome;
  }

  private async record(
    packet: TrackedPacket,
    operation: KazpostOperation,
    event: PacketEvent,
  ): Promise<'recorded' | 'known' | 'conflict'> {
    try {
      const result = await this.events.apply(
        {
          code: packet.code,
          event,
          actorId: null,
          postOfficeId: await this.officeId(operation.postcode, packet),
          occurredAt: operation.occurredAt,
          kazpost: {
            operation: operation.code,
            postcode: operation.postcode,
            officeName: operation.officeName,
          },
        },
        { guard: { kind: 'any' } },
      );
      return result.transition === 'applied' ? 'recorded' : 'known';
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.code !== 'packet.illegal_transition') return 'known';
      const status = error.details?.status as PacketStatus;
      return refusalMeans(status, event) === 'passed' ? 'known' : 'conflict';
    }
  }

  /** Recorded once per Kazpost operation, whatever the re-checks; 1 when it is new. */
  private async disagree(
    packet: TrackedPacket,
    operation: KazpostOperation,
    found: { disagreement: DisagreementKind; event: PacketEvent },
  ): Promise<number> {
    return this.tracking.recordDisagreement(packet.id, operation, found);
  }

  /** Our office with Kazpost's postcode, when we list it: the packet's own offices first. */
  private async officeId(postcode: string | null, packet: TrackedPacket): Promise<string | null> {
    if (!postcode) return null;
    return this.tracking.officeWithPostcode(postcode, packet);
  }
}
