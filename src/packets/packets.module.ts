import { OutboxAnnouncer } from '@/notifications/outbox-announcer';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@/cases/cases.module';
import { DirectoryModule } from '@/directory/directory.module';
import { RenderingModule } from '@/rendering/rendering.module';
import { Dispatch } from './dispatch.entity';
import { DispatchesController } from './dispatches.controller';
import { DispatchesService } from './dispatches.service';
import { PacketEventCorrection } from './packet-event-correction.entity';
import { PacketEventRecord } from './packet-event.entity';
import { PacketEventsService } from './packet-events.service';
import { Packet } from './packet.entity';
import { PacketsController } from './packets.controller';
import { PacketsService } from './packets.service';
import { PrintService } from './print.service';
import { PrintJobsController } from './print-jobs/print-jobs.controller';
import { PrintJob } from './print-jobs/print-job.entity';
import { PrintJobsService } from './print-jobs/print-jobs.service';
import { PrintRunFiles } from './print-jobs/print-run-files';
import { PrintRunWorker } from './print-jobs/print-run-worker';
import { RedispatchService } from './redispatch.service';
import { ReprintService } from './reprint.service';
import { ScanCorrectionsService } from './scan-corrections.service';
import { CaseReview } from './reviews/case-review.entity';
import { ReviewsService } from './reviews/reviews.service';
import { S10Counter } from './s10-counter.entity';
import { SerialAllocator } from './serial-allocator';

/** Dispatches build one packet per pupil with its own S10 code; print runs and manifests. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Dispatch,
      Packet,
      PacketEventRecord,
      PacketEventCorrection,
      S10Counter,
      CaseReview,
      PrintJob,
    ]),
    DirectoryModule,
    CasesModule,
    RenderingModule,
  ],
  controllers: [DispatchesController, PacketsController, PrintJobsController],
  providers: [
    OutboxAnnouncer,
    DispatchesService,
    PacketsService,
    PacketEventsService,
    PrintService,
    PrintJobsService,
    PrintRunFiles,
    PrintRunWorker,
    RedispatchService,
    ReprintService,
    ScanCorrectionsService,
    ReviewsService,
    SerialAllocator,
  ],
  exports: [PacketsService, PacketEventsService, SerialAllocator],
})
export class PacketsModule {}
