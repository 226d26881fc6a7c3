import { ApiPage } from '@/common/http/api-responses';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Page } from '@/common/http/list-query.dto';
import { SubjectQueryDto } from './subject.dto';
import { Subject } from './subject.entity';
import { SubjectsService } from './subjects.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly service: SubjectsService) {}

  @Get()
  @ApiPage(Subject)
  list(@Query() query: SubjectQueryDto): Promise<Page<Subject>> {
    return this.service.list(query);
  }
}
