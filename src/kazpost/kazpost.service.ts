import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Principal } from '@/auth/role';
import { Clock } from '@/common/clock';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { PacketsService } from '@/packets/packets.service';
import { KazpostDisagreement } from './kazpost-disagreement.entity';
import { KazpostLinkRepository } from './kazpost-link.repository';
import { KazpostTracking } from './kazpost-tracking.entity';
import { KazpostStatusView, PacketTrackingView } from './kazpost.view';
import { TrackingRepository } from './tracking.repository';

/** What the admin and the packet page are shown of Kazpost's tracking. */
@Injectable()
export class KazpostService {
  constructor(
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const tracking = await this.dataSource
      .getRepository(KazpostTracking)
      .findOneBy({ packetId: packet.id });
    const disagreements = await this.dataSource
      .getRepository(KazpostDisagreement)
      .find({ where: { packetId: packet.id }, order: { occurredAt: 'ASC' } });
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
