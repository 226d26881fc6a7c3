import { Module } from '@nestjs/common';
import { PacketsModule } from '@/packets/packets.module';
import { KazpostClient } from './kazpost-client';
import { KazpostController } from './kazpost.controller';
import { KazpostLinkRepository } from './kazpost-link.repository';
import { KazpostService } from './kazpost.service';
import { KazpostSweep } from './kazpost-sweep';
import { PacketTracker } from './packet-tracker';
import { TrackingRepository } from './tracking.repository';

/** Packets tracked from Kazpost's own records, so no clerk scans twice. */
@Module({
  imports: [PacketsModule],
  controllers: [KazpostController],
  providers: [
    KazpostClient,
    PacketTracker,
    TrackingRepository,
    KazpostLinkRepository,
    KazpostSweep,
    KazpostService,
  ],
})
export class KazpostModule {}
