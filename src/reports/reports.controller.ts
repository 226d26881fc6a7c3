import { Controller, Get, Header, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { MatrixQueryDto, ReturnsQueryDto } from './dto/report-query.dto';
import { ClassMatrix, ReturnsReport, ReportsService } from './reports.service';
import { returnsCsv } from './returns-csv';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@Roles('admin', 'director', 'deputy_academic', 'deputy_upbringing', 'teacher')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get('returns')
  returns(@CurrentUser() user: Principal, @Query() query: ReturnsQueryDto): Promise<ReturnsReport> {
    return this.reports.returns(user, query);
  }

  @Get('returns.csv')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="returns.csv"')
  async returnsCsv(
    @CurrentUser() user: Principal,
    @Query() query: ReturnsQueryDto,
  ): Promise<string> {
    return returnsCsv(await this.reports.returns(user, query));
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
