import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@/cases/cases.module';
import { PacketEventCorrection } from './packet-event-correction.entity';
import { PacketEventRecord } from './packet-event.entity';
import { PacketEventsService } from './packet-events.service';
import { PacketEventsRepository } from './packet-events.repository';
import { Packet } from './packet.entity';
import { PacketsService } from './packets.service';
import { PacketsRepository } from './packets.repository';
import { ScanCorrectionsService } from './scan-corrections.service';
import { S10Counter } from './s10-counter.entity';
import { SerialAllocator } from './serial-allocator';

/** The packet and its journey: its events and their corrections, S10 codes, who may see it. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Packet, PacketEventRecord, PacketEventCorrection, S10Counter]),
    CasesModule,
  ],
  providers: [
    PacketsService,
    PacketEventsService,
    PacketEventsRepository,
    PacketsRepository,
    ScanCorrectionsService,
    SerialAllocator,
  ],
  exports: [PacketsService, PacketEventsService, ScanCorrectionsService, SerialAllocator],
})
export class PacketsModule {}
