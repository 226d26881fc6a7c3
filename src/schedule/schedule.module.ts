import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '@/cases/cases.module';
import { DirectoryModule } from '@/directory/directory.module';
import { DispatchesModule } from '@/dispatches/dispatches.module';
import { AssignmentsController } from './assignments/assignments.controller';
import { AssignmentsRepository } from './assignments/assignments.repository';
import { AssignmentsService } from './assignments/assignments.service';
import { TeachingAssignment } from './assignments/teaching-assignment.entity';
import { ScheduleController } from './schedule.controller';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';
import { ScheduledPacketCase } from './scheduled-packet-case.entity';
import { ScheduledPacket } from './scheduled-packet.entity';

/** The academic deputy's timetable of packets: dates, teachers' cases, load, release. */
@Module({
  imports: [
    TypeOrmModule.forFeature([ScheduledPacket, ScheduledPacketCase, TeachingAssignment]),
    DirectoryModule,
    CasesModule,
    DispatchesModule,
  ],
  controllers: [AssignmentsController, ScheduleController],
  providers: [ScheduleService, ScheduleRepository, AssignmentsService, AssignmentsRepository],
})
export class ScheduleModule {}
