import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DirectoryModule } from '@/directory/directory.module';
import { PacketsModule } from '@/packets/packets.module';
import { CollectionDuty } from './collection-duty.entity';
import { CollectionController } from './collection.controller';
import { CollectionService } from './collection.service';
import { CollectionRepository } from './collection.repository';
import { CollectionRound } from './collection-round.entity';
import { RoundsService } from './rounds.service';
import { DutyChangesService } from './duty-changes.service';
import { CarryListService } from './carry-list.service';
import { BringInService } from './bring-in.service';

/** The two-week collection duty: appointments, rounds at the post office, and who is overdue. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CollectionDuty, CollectionRound]),
    DirectoryModule,
    PacketsModule,
  ],
  controllers: [CollectionController],
  providers: [
    CollectionService,
    RoundsService,
    DutyChangesService,
    CarryListService,
    BringInService,
    CollectionRepository,
  ],
  exports: [CollectionService],
})
export class CollectionModule {}
