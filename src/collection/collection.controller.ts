import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { CollectionDuty } from './collection-duty.entity';
import { CollectionService } from './collection.service';
import { DutyView, RoundResult } from './duty.view';
import { CreateDutyDto, DutyQueryDto, RoundDto } from './dto/collection.dto';
import { RoundsService } from './rounds.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('collection')
@ApiBearerAuth()
@Controller('collection-duties')
export class CollectionController {
  constructor(
    private readonly collection: CollectionService,
    private readonly rounds: RoundsService,
  ) {}

  @Post()
  @Audited('duty')
  appoint(@CurrentUser() user: Principal, @Body() dto: CreateDutyDto): Promise<CollectionDuty> {
    return this.collection.appoint(user, dto);
  }

  @Get()
  @ApiPage(DutyView)
  list(@CurrentUser() user: Principal, @Query() query: DutyQueryDto): Promise<Page<DutyView>> {
    return this.collection.list(user, query);
  }

  @Post(':id/rounds')
  round(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RoundDto,
  ): Promise<RoundResult> {
    return this.rounds.record(user, id, dto);
  }
}
