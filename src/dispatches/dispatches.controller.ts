import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { DispatchesService } from './dispatches.service';
import { DispatchCancelled, DispatchListItem, DispatchView } from './dispatch.view';
import {
  CreateDispatchDto,
  CreateDispatchesDto,
  DispatchesMade,
  DispatchQueryDto,
} from './dto/dispatch.dto';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('packets')
@ApiBearerAuth()
@Controller('dispatches')
export class DispatchesController {
  constructor(private readonly dispatches: DispatchesService) {}

  @Post()
  @Audited('dispatch')
  create(@CurrentUser() user: Principal, @Body() dto: CreateDispatchDto): Promise<DispatchView> {
    return this.dispatches.create(user, dto);
  }

  /** A grade or the whole school at once: one dispatch per class, all made or none. */
  @Post('batch')
  @Audited('dispatch')
  async createMany(
    @CurrentUser() user: Principal,
    @Body() dto: CreateDispatchesDto,
  ): Promise<DispatchesMade> {
    return { items: await this.dispatches.createMany(user, dto) };
  }

  @Get()
  @ApiPage(DispatchListItem)
  list(
    @CurrentUser() user: Principal,
    @Query() query: DispatchQueryDto,
  ): Promise<Page<DispatchListItem>> {
    return this.dispatches.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<DispatchView> {
    return this.dispatches.get(user, id);
  }

  /** Takes back a dispatch made by mistake while none of its packets has left the school. */
  @Post(':id/cancel')
  @HttpCode(200)
  @Audited('dispatch', 'cancel')
  cancel(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<DispatchCancelled> {
    return this.dispatches.cancel(user, id);
  }
}
