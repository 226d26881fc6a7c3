import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@/cases/cases.module';
import { DirectoryModule } from '@/directory/directory.module';
import { PacketsModule } from '@/packets/packets.module';
import { ReviewsModule } from '@/reviews/reviews.module';
import { Dispatch } from './dispatch.entity';
import { DispatchesController } from './dispatches.controller';
import { DispatchesService } from './dispatches.service';
import { RedispatchService } from './redispatch.service';
import { PacketReplacements } from './replacement';
import { DispatchesRepository } from './dispatches.repository';

/** Sending cases to a class: one packet per pupil, cancelling, sending a packet again. */
@Module({
  imports: [
    TypeOrmModule.forFeature([Dispatch]),
    DirectoryModule,
    CasesModule,
    PacketsModule,
    ReviewsModule,
  ],
  controllers: [DispatchesController],
  providers: [DispatchesService, RedispatchService, PacketReplacements, DispatchesRepository],
  exports: [DispatchesService, RedispatchService, PacketReplacements],
})
export class DispatchesModule {}
