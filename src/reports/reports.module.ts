import { Module } from '@nestjs/common';
import { CollectionModule } from '@/collection/collection.module';
import { DirectoryModule } from '@/directory/directory.module';
import { PacketsModule } from '@/packets/packets.module';
import { DashboardController } from './dashboard.controller';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';
import { SummaryService } from './summary.service';

/** What deputy directors track: returns per class and subject, silent pupils, late duties. */
@Module({
  imports: [DirectoryModule, CollectionModule, PacketsModule],
  controllers: [ReportsController, DashboardController],
  providers: [ReportsService, ReportsRepository, SummaryService],
})
export class ReportsModule {}
