import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@/cases/cases.module';
import { DirectoryModule } from '@/directory/directory.module';
import { DispatchesModule } from '@/dispatches/dispatches.module';
import { ScheduleController } from './schedule.controller';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';
import { ScheduledPacketCase } from './scheduled-packet-case.entity';
import { ScheduledPacket } from './scheduled-packet.entity';

/** The academic deputy's timetable of packets: dates, teachers' cases, load, release. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScheduledPacket, ScheduledPacketCase]),
    DirectoryModule,
    CasesModule,
    DispatchesModule,
  ],
  controllers: [ScheduleController],
  providers: [ScheduleService, ScheduleRepository],
})
export class ScheduleModule {}
