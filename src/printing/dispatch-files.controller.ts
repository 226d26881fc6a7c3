import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiOperation,
  ApiBearerAuth,
  ApiExtraModels,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ApiFile } from '@/common/http/api-responses';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import { ManifestCsvQueryDto } from '@/dispatches/dto/dispatch.dto';
import { PrintJobView } from './print-job.dto';
import { PrintService } from './print.service';

/**
 * These routes were DispatchesController's before printing had its own module: their
 * OpenAPI operation ids stay as they were, so clients generated from the document keep them.
 */
const LEGACY = 'DispatchesController';

/** A dispatch's files: its print run and its post office list. */
@ApiTags('packets')
@ApiBearerAuth()
@Controller('dispatches')
export class DispatchFilesController {
  constructor(private readonly print: PrintService) {}

  @Get(':id/packets.pdf')
  @ApiOperation({ operationId: `${LEGACY}_packetsPdf` })
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
  @ApiOperation({ operationId: `${LEGACY}_manifestPdf` })
  @ApiFile('application/pdf')
  manifestPdf(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.print.manifestPdf(user, id, reply);
  }

  @Get(':id/manifest.csv')
  @ApiOperation({ operationId: `${LEGACY}_manifestCsv` })
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
