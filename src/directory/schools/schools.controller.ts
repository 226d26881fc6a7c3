import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { CreateSchoolDto, SchoolQueryDto, UpdateSchoolDto } from './school.dto';
import { School } from './school.entity';
import { SchoolsService } from './schools.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('schools')
export class SchoolsController {
  constructor(private readonly service: SchoolsService) {}

  @Post()
  @Audited('school')
  create(@Body() dto: CreateSchoolDto): Promise<School> {
    return this.service.create(dto);
  }

  @Get()
  @ApiPage(School)
  list(@CurrentUser() user: Principal, @Query() query: SchoolQueryDto): Promise<Page<School>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<School> {
    return this.service.get(user, id);
  }

  /** Corrects the school's name, region, locality, address or post office. */
  @Patch(':id')
  @Audited('school')
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateSchoolDto,
  ): Promise<School> {
    return this.service.update(user, id, dto);
  }

  /** Hides the school from lists and choices; its records stay as they are. */
  @Post(':id/archive')
  @HttpCode(200)
  @Audited('school', 'archive')
  archive(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<School> {
    return this.service.archive(user, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Audited('school', 'restore')
  restore(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<School> {
    return this.service.archive(user, id, false);
  }

  /** Removes a school with no staff, classes, cases, dispatches or duties; else 409. */
  @Delete(':id')
  @HttpCode(204)
  @Audited('school')
  remove(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.service.remove(user, id);
  }
}
