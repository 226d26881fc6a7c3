import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@/directory/directory.module';
import { DispatchesModule } from '@/dispatches/dispatches.module';
import { PacketsModule } from '@/packets/packets.module';
import { RenderingModule } from '@/rendering/rendering.module';
import { DispatchFilesController } from './dispatch-files.controller';
import { PrintService } from './print.service';
import { PrintJob } from './print-job.entity';
import { PrintJobsController } from './print-jobs.controller';
import { PrintJobsService } from './print-jobs.service';
import { PrintRunFiles } from './print-run-files';
import { PrintRunWorker } from './print-run-worker';
import { ReprintService } from './reprint.service';
import { PrintJobsRepository } from './print-jobs.repository';

/** PDFs and post office lists: print runs (large ones prepared by a worker), reprints. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PrintJob]),
    DirectoryModule,
    RenderingModule,
    PacketsModule,
    DispatchesModule,
  ],
  controllers: [DispatchFilesController, PrintJobsController],
  providers: [
    PrintService,
    PrintJobsService,
    PrintRunFiles,
    PrintRunWorker,
    ReprintService,
    PrintJobsRepository,
  ],
  exports: [PrintService, ReprintService],
})
export class PrintingModule {}
