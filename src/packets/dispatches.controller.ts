import { ApiFile, ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiExtraModels,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
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
  ManifestCsvQueryDto,
} from './dto/dispatch.dto';
import { PrintJobView } from './print-jobs/print-job.dto';
import { PrintService } from './print.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('packets')
@ApiBearerAuth()
@Controller('dispatches')
export class DispatchesController {
  constructor(
    private readonly dispatches: DispatchesService,
    private readonly print: PrintService,
  ) {}

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

  @Get(':id/packets.pdf')
  @ApiFile('application/pdf')
  @ApiExtraModels(PrintJobView)
  @ApiAcceptedResponse({
    content: { 'application/json': { schema: { $ref: getSchemaPath(PrintJobView) } } },
    description:
      'A large dispatch (more than DIRECT_DOWNLOAD_MAX_PACKETS packets) whose print run a worker is still preparing: ask the same address again after Retry-After (Location) for the PDF.',
    headers: {
      'Retry-After': {
        description: 'Seconds to wait before asking again',
        schema: { type: 'integer' },
      },
      Location: { description: 'Where to ask again: this address', schema: { type: 'string' } },
    },
  })
  packetsPdf(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.print.printRun(user, id, reply);
  }

  @Get(':id/manifest.pdf')
  @ApiFile('application/pdf')
  manifestPdf(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.print.manifestPdf(user, id, reply);
  }

  @Get(':id/manifest.csv')
  @ApiFile('text/csv')
  manifestCsv(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: ManifestCsvQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.print.manifestCsv(user, id, reply, query.language);
  }
}
