import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ApiFile } from '@/common/http/api-responses';
import { CreatePrintJobDto, PrintJobView } from './print-job.dto';
import { PrintJobsService } from './print-jobs.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('packets')
@ApiBearerAuth()
@Controller('print-jobs')
export class PrintJobsController {
  constructor(private readonly jobs: PrintJobsService) {}

  /** Starts preparing one PDF of several dispatches; poll it, then download its file. */
  @Post()
  @HttpCode(202)
  start(@CurrentUser() user: Principal, @Body() dto: CreatePrintJobDto): Promise<PrintJobView> {
    return this.jobs.start(user, dto);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<PrintJobView> {
    return this.jobs.get(user, id);
  }

  @Get(':id/packets.pdf')
  @ApiFile('application/pdf')
  file(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.jobs.download(user, id, reply);
  }
}
