import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '@/common/http/api-responses';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { MatrixQueryDto, ReturnsQueryDto } from './dto/report-query.dto';
import { ReportsService } from './reports.service';
import { ClassMatrix, ReturnsReport } from './report.view';
import { returnsCsv } from './returns-csv';
import { SummaryService } from './summary.service';
import { SummaryView } from './summary.view';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly summaries: SummaryService,
  ) {}

  /** The counts on the signed-in person's home screen. */
  @Get('summary')
  summary(@CurrentUser() user: Principal): Promise<SummaryView> {
    return this.summaries.summary(user);
  }

  @Get('returns')
  returns(@CurrentUser() user: Principal, @Query() query: ReturnsQueryDto): Promise<ReturnsReport> {
    return this.reports.returns(user, query);
  }

  @Get('returns.csv')
  @ApiFile('text/csv')
  async returnsCsv(
    @CurrentUser() user: Principal,
    @Query() query: ReturnsQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<string> {
    const csv = returnsCsv(await this.reports.returns(user, query));
    // Set only once the report exists, so an error still answers as JSON.
    void res.header('Content-Type', 'text/csv; charset=utf-8');
    void res.header(
      'Content-Disposition',
      `attachment; filename="returns-${query.asOf ?? 'today'}.csv"`,
    );
    return csv;
  }

  @Get('classes/:id/matrix')
  matrix(
    @CurrentUser() user: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: MatrixQueryDto,
  ): Promise<ClassMatrix> {
    return this.reports.matrix(user, id, query);
  }
}
