import { Inject, Injectable } from '@nestjs/common';
import { Principal } from '@/auth/role';
import { Clock } from '@/common/clock';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { PacketsService } from '@/packets/packets.service';
import { KazpostLinkRepository } from './kazpost-link.repository';
import { KazpostStatusView, PacketTrackingView } from './kazpost.view';
import { TrackingRepository } from './tracking.repository';

/** What the admin and the packet page are shown of Kazpost's tracking. */
@Injectable()
export class KazpostService {
  constructor(
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    private readonly packets: PacketsService,
    private readonly link: KazpostLinkRepository,
    private readonly tracking: TrackingRepository,
    private readonly clock: Clock,
  ) {}

  async status(): Promise<KazpostStatusView> {
    const link = await this.link.read();
    return {
      enabled: this.settings.kazpost !== undefined,
      requestsPerMinute: this.settings.kazpost?.requestsPerMinute ?? null,
      lastReachedAt: link?.lastReachedAt ?? null,
      lastFailureAt: link?.lastFailureAt ?? null,
      lastFailure: link?.lastFailure ?? null,
      consecutiveFailures: link?.consecutiveFailures ?? 0,
      pausedUntil: link?.pausedUntil ?? null,
      trackedPackets: this.settings.kazpost
        ? await this.tracking.countTracked(this.clock.now())
        : 0,
      unknownCodes: link?.unknownCodes ?? [],
    };
  }

  /** For whoever may see the packet (others' packets are not found). */
  async forPacket(user: Principal, code: string): Promise<PacketTrackingView> {
    const packet = await this.packets.getByCode(user, code);
    const tracking = await this.tracking.trackingOf(packet.id);
    const disagreements = await this.tracking.disagreementsOf(packet.id);
    return {
      lastCheckedAt: tracking?.lastCheckedAt ?? null,
      nextCheckAt: tracking?.nextCheckAt ?? null,
      disagreements: disagreements.map((d) => ({
        kind: d.kind,
        event: d.event,
        operation: d.operation,
        occurredAt: d.occurredAt,
        postcode: d.postcode,
        officeName: d.officeName,
        ourStatus: d.ourStatus,
      })),
    };
  }
}
