import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { CollectionDuty } from './collection-duty.entity';
import { CollectionService } from './collection.service';
import { DutyView, RoundResult } from './duty.view';
import { CreateDutyDto, DutyQueryDto, HandOverDutyDto, RoundDto } from './dto/collection.dto';
import { DutyChangesService } from './duty-changes.service';
import { RoundsService } from './rounds.service';
import { BringInService } from './bring-in.service';
import { BroughtIn, CarryList } from './duty.view';
import { CarryListService } from './carry-list.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('collection')
@ApiBearerAuth()
@Controller('collection-duties')
export class CollectionController {
  constructor(
    private readonly collection: CollectionService,
    private readonly rounds: RoundsService,
    private readonly changes: DutyChangesService,
    private readonly carryList: CarryListService,
    private readonly bringing: BringInService,
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

  /** Ends the duty now: its rounds stay, it takes no more and is never overdue again. */
  @Post(':id/end')
  @HttpCode(200)
  @Audited('duty', 'end')
  end(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<CollectionDuty> {
    return this.changes.end(user, id);
  }

  /** Ends the duty now and appoints the given teacher to the same offices from today. */
  @Post(':id/handover')
  @Audited('duty', 'handover')
  handOver(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: HandOverDutyDto,
  ): Promise<CollectionDuty> {
    return this.changes.handOver(user, id, dto);
  }

  /** The by-hand packets a carrier takes to the duty's villages, and the work to bring back. */
  @Get(':id/to-carry')
  toCarry(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<CarryList> {
    return this.carryList.list(user, id);
  }

  @Post(':id/rounds')
  @Audited('duty', 'round')
  round(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: RoundDto,
  ): Promise<RoundResult> {
    return this.rounds.record(user, id, dto);
  }

  /**
   * A carrier brings every piece of work taken back into school: each packet "collected" (its
   * event names who and when, as a round's scans do).
   */
  @Post(':id/brought-in')
  @HttpCode(200)
  @Audited('duty', 'brought_in')
  broughtIn(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<BroughtIn> {
    return this.bringing.bringIn(user, id);
  }
}
