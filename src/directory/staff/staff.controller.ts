import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { StaffAccountsService } from './staff-accounts.service';
import {
  ChangeRoleDto,
  CreateStaffDto,
  ResetPasswordDto,
  StaffQueryDto,
  StaffView,
  UpdateStaffDto,
} from './staff.dto';
import { StaffService } from './staff.service';
import { ClerkAccountsMade, CreateClerkAccountsDto } from './clerk-accounts.dto';
import { ClerkAccountsService } from './clerk-accounts.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(
    private readonly service: StaffService,
    private readonly accounts: StaffAccountsService,
    private readonly clerks: ClerkAccountsService,
  ) {}

  /** First clerk accounts for many offices at once, with their first-sign-in slips. */
  @Post('clerks')
  @Audited('staff')
  createClerks(@Body() dto: CreateClerkAccountsDto): Promise<ClerkAccountsMade> {
    return this.clerks.create(dto);
  }

  @Post()
  @Audited('staff')
  create(@CurrentUser() user: Principal, @Body() dto: CreateStaffDto): Promise<StaffView> {
    return this.service.create(user, dto);
  }

  @Get()
  @ApiPage(StaffView)
  list(@CurrentUser() user: Principal, @Query() query: StaffQueryDto): Promise<Page<StaffView>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<StaffView> {
    return this.accounts.get(user, id);
  }

  @Patch(':id')
  @Audited('staff')
  correct(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateStaffDto,
  ): Promise<StaffView> {
    return this.accounts.correct(user, id, dto);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @Audited('staff', 'deactivate')
  deactivate(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<StaffView> {
    return this.accounts.setActive(user, id, false);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @Audited('staff', 'reactivate')
  reactivate(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<StaffView> {
    return this.accounts.setActive(user, id, true);
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Reset; the account’s sessions have ended' })
  @Audited('staff', 'password')
  resetPassword(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<void> {
    return this.accounts.resetPassword(user, id, dto.newPassword);
  }

  @Patch(':id/role')
  @Audited('staff')
  changeRole(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: ChangeRoleDto,
  ): Promise<StaffView> {
    return this.accounts.changeRole(user, id, dto.role);
  }
}
