import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ListQueryDto, Page } from '@/common/http/list-query.dto';
import { CreatePostOfficeDto } from './post-office.dto';
import { PostOffice } from './post-office.entity';
import { PostOfficesService } from './post-offices.service';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('post-offices')
export class PostOfficesController {
  constructor(private readonly service: PostOfficesService) {}

  @Post()
  @Audited('post_office')
  create(@Body() dto: CreatePostOfficeDto): Promise<PostOffice> {
    return this.service.create(dto);
  }

  @Get()
  @ApiPage(PostOffice)
  list(@Query() query: ListQueryDto): Promise<Page<PostOffice>> {
    return this.service.list(query);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string): Promise<PostOffice> {
    return this.service.get(id);
  }
}
