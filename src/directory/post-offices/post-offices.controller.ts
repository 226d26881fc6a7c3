import { ApiPage } from '@/common/http/api-responses';
import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Page } from '@/common/http/list-query.dto';
import {
  CreatePostOfficeDto,
  ImportOfficeListDto,
  OfficeListImportResult,
  PostOfficeQueryDto,
  UpdatePostOfficeDto,
} from './post-office.dto';
import { OfficeListImportService } from './office-list-import.service';
import { MultipartUpload } from '@/common/http/uploads';
import { PostOffice } from './post-office.entity';
import { PostOfficesService } from './post-offices.service';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';

@ApiTags('directory')
@ApiBearerAuth()
@Controller('post-offices')
export class PostOfficesController {
  constructor(
    private readonly service: PostOfficesService,
    private readonly officeList: OfficeListImportService,
  ) {}

  /** Kazpost's branch list as a CSV (postcode, name, address, locality): all new rows or none. */
  @Post('import')
  @Audited('post_office')
  @MultipartUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'CSV, UTF-8' } },
    },
  })
  import(@Body() dto: ImportOfficeListDto): Promise<OfficeListImportResult> {
    return this.officeList.import(dto.file);
  }

  @Post()
  @Audited('post_office')
  create(@Body() dto: CreatePostOfficeDto): Promise<PostOffice> {
    return this.service.create(dto);
  }

  @Get()
  @ApiPage(PostOffice)
  list(
    @CurrentUser() user: Principal,
    @Query() query: PostOfficeQueryDto,
  ): Promise<Page<PostOffice>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@Param('id', ParseIdPipe) id: string): Promise<PostOffice> {
    return this.service.get(id);
  }

  /** Corrects the office's postcode, name, address or locality. */
  @Patch(':id')
  @Audited('post_office')
  update(
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdatePostOfficeDto,
  ): Promise<PostOffice> {
    return this.service.update(id, dto);
  }

  /** Hides the office from lists and choices; what names it keeps naming it. */
  @Post(':id/archive')
  @HttpCode(200)
  @Audited('post_office', 'archive')
  archive(@Param('id', ParseIdPipe) id: string): Promise<PostOffice> {
    return this.service.archive(id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Audited('post_office', 'restore')
  restore(@Param('id', ParseIdPipe) id: string): Promise<PostOffice> {
    return this.service.archive(id, false);
  }

  /** Removes an office nothing names (no school, staff, pupil, packet or duty); else 409. */
  @Delete(':id')
  @HttpCode(204)
  @Audited('post_office')
  remove(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.service.remove(id);
  }
}
