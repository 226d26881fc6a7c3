import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { CreateStaffDto, StaffQueryDto, StaffView } from './staff.dto';
import { StaffService } from './staff.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly service: StaffService) {}

  @Post()
  @Audited('staff')
  create(@CurrentUser() user: Principal, @Body() dto: CreateStaffDto): Promise<StaffView> {
    return this.service.create(user, dto);
  }

  @Get()
  list(@CurrentUser() user: Principal, @Query() query: StaffQueryDto): Promise<Page<StaffView>> {
    return this.service.list(user, query);
  }
}
