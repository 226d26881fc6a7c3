import { Module } from '@nestjs/common';
import { PacketsModule } from '@/packets/packets.module';
import { DirectoryModule } from '@/directory/directory.module';
import { CollectionModule } from '@/collection/collection.module';
import { ScanStationController } from './scan-station.controller';
import { ScansController } from './scans.controller';
import { ScansService } from './scans.service';

/** Barcode scans from post clerks and collecting teachers, and the clerk's scan page. */
@Module({
  imports: [PacketsModule, DirectoryModule, CollectionModule],
  controllers: [ScansController, ScanStationController],
  providers: [ScansService],
})
export class ScansModule {}
