import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Audited } from '@/audit/audited.decorator';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import {
  AddCaseDto,
  CreateScheduleDto,
  MoveScheduledPacketDto,
  ScheduleQueryDto,
} from './dto/schedule.dto';
import { ScheduleService } from './schedule.service';
import { DueList, ScheduledPacketList, ScheduledPacketView } from './scheduled-packet.view';

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('schedule')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  /** Packet dates for a class, a grade or the whole school. */
  @Post()
  @Audited('scheduled_packet')
  async create(
    @CurrentUser() user: Principal,
    @Body() dto: CreateScheduleDto,
  ): Promise<ScheduledPacketList> {
    return { items: await this.schedule.createSeries(user, dto) };
  }

  /** Packets going out from today on, with their cases and study time against the norm. */
  @Get()
  async list(
    @CurrentUser() user: Principal,
    @Query() query: ScheduleQueryDto,
  ): Promise<ScheduledPacketList> {
    return { items: await this.schedule.list(user, query) };
  }

  /** For a teacher: each subject they owe the next packet of each class (assigned, else written). */
  @Get('due')
  async due(@CurrentUser() user: Principal): Promise<DueList> {
    return { items: await this.schedule.due(user) };
  }

  @Get(':id')
  get(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ScheduledPacketView> {
    return this.schedule.view(user, id);
  }

  @Patch(':id')
  @Audited('scheduled_packet')
  move(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: MoveScheduledPacketDto,
  ): Promise<ScheduledPacketView> {
    return this.schedule.move(user, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited('scheduled_packet')
  remove(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.schedule.remove(user, id);
  }

  @Post(':id/cases')
  @Audited('scheduled_packet', 'add_case')
  addCase(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: AddCaseDto,
  ): Promise<ScheduledPacketView> {
    return this.schedule.addCase(user, id, dto);
  }

  @Delete(':id/cases/:caseId')
  @Audited('scheduled_packet', 'drop_case')
  removeCase(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('caseId', ParseIdPipe) caseId: string,
  ): Promise<ScheduledPacketView> {
    return this.schedule.removeCase(user, id, caseId);
  }

  /** Releases the packet for printing: one dispatch for the class, as POST /dispatches makes. */
  @Post(':id/release')
  @HttpCode(200)
  @Audited('scheduled_packet', 'release')
  release(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ScheduledPacketView> {
    return this.schedule.release(user, id);
  }
}
