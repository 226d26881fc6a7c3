import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ListQueryDto, Page } from '@/common/http/list-query.dto';
import { CreateSchoolDto } from './school.dto';
import { School } from './school.entity';
import { SchoolsService } from './schools.service';

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
  list(@CurrentUser() user: Principal, @Query() query: ListQueryDto): Promise<Page<School>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<School> {
    return this.service.get(user, id);
  }
}
