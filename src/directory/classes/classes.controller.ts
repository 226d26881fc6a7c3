import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { ClassQueryDto, CreateClassDto } from './class.dto';
import { ClassesService } from './classes.service';
import { SchoolClass } from './school-class.entity';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('classes')
export class ClassesController {
  constructor(private readonly service: ClassesService) {}

  @Post()
  @Audited('class')
  create(@CurrentUser() user: Principal, @Body() dto: CreateClassDto): Promise<SchoolClass> {
    return this.service.create(user, dto);
  }

  @Get()
  @ApiPage(SchoolClass)
  list(@CurrentUser() user: Principal, @Query() query: ClassQueryDto): Promise<Page<SchoolClass>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(
    @CurrentUser() user: Principal,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<SchoolClass> {
    return this.service.get(user, id);
  }
}
