import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { ClassQueryDto, CreateClassDto, UpdateClassDto } from './class.dto';
import { ClassesService } from './classes.service';
import { SchoolClass } from './school-class.entity';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

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
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<SchoolClass> {
    return this.service.get(user, id);
  }

  /** Corrects the class's grade, letter, language or class teacher. */
  @Patch(':id')
  @Audited('class')
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateClassDto,
  ): Promise<SchoolClass> {
    return this.service.update(user, id, dto);
  }

  /** Hides the class from lists and the dispatch choice; its pupils and packets stay. */
  @Post(':id/archive')
  @HttpCode(200)
  @Audited('class', 'archive')
  archive(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SchoolClass> {
    return this.service.archive(user, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Audited('class', 'restore')
  restore(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<SchoolClass> {
    return this.service.archive(user, id, false);
  }

  /** Removes a class with no pupils and no dispatches; else 409. */
  @Delete(':id')
  @HttpCode(204)
  @Audited('class')
  remove(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.service.remove(user, id);
  }
}
