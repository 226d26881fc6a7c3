import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiFile } from '@/common/http/api-responses';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { contentDisposition } from '@/common/http/download';
import { fill, formatDate } from '@/rendering/texts';
import { csvWords } from './csv-words';
import {
  MarksCsvQueryDto,
  MatrixQueryDto,
  ReturnsCsvQueryDto,
  ReturnsQueryDto,
} from './dto/report-query.dto';
import { ReportsService } from './reports.service';
import { ClassMatrix, ReturnsReport } from './report.view';
import { returnsCsv } from './returns-csv';
import { SummaryService } from './summary.service';
import { SummaryView } from './summary.view';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

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
    @Query() query: ReturnsCsvQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<string> {
    const { language = 'kk', ...filters } = query;
    const report = await this.reports.returns(user, filters);
    const name = fill(csvWords(language).returns.fileName, { asOf: formatDate(report.asOf) });
    // Set only once the report exists, so an error still answers as JSON.
    void res.header('Content-Type', 'text/csv; charset=utf-8');
    void res.header('Content-Disposition', contentDisposition(`${name}.csv`));
    return returnsCsv(report, language);
  }

  @Get('classes/:id/marks.csv')
  @ApiFile('text/csv')
  async marksCsv(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: MarksCsvQueryDto,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<string> {
    const { fileName, content } = await this.reports.marksCsv(user, id, query);
    void res.header('Content-Type', 'text/csv; charset=utf-8');
    void res.header('Content-Disposition', contentDisposition(fileName));
    return content;
  }

  @Get('classes/:id/matrix')
  matrix(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Query() query: MatrixQueryDto,
  ): Promise<ClassMatrix> {
    return this.reports.matrix(user, id, query);
  }
}
