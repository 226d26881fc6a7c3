import { ApiFile, ApiPage } from '@/common/http/api-responses';
import type { FastifyReply } from 'fastify';
import { CasePreviewService } from './case-preview.service';
import { Audited } from '@/audit/audited.decorator';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { Page } from '@/common/http/list-query.dto';
import { CasesService } from './cases.service';
import { CaseView } from './dto/case.view';
import { PreviewCaseDto } from './dto/case-image.dto';
import { CaseQueryDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly service: CasesService,
    private readonly previews: CasePreviewService,
  ) {}

  /** The printed pages of a case as written so far, saved or not (shown inline). */
  @Post('preview.pdf')
  @HttpCode(200)
  @ApiFile('application/pdf')
  async preview(
    @CurrentUser() user: Principal,
    @Body() dto: PreviewCaseDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.previews.preview(user, dto, reply);
  }

  @Post()
  @Audited('case')
  create(@CurrentUser() user: Principal, @Body() dto: CreateCaseDto): Promise<CaseView> {
    return this.service.create(user, dto);
  }

  @Get()
  @ApiPage(CaseView)
  list(@CurrentUser() user: Principal, @Query() query: CaseQueryDto): Promise<Page<CaseView>> {
    return this.service.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<CaseView> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @Audited('case')
  update(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateCaseDto,
  ): Promise<CaseView> {
    return this.service.update(user, id, dto);
  }

  /** Takes the case out of the library and the dispatch choice; restorable. */
  @Post(':id/archive')
  @HttpCode(200)
  @Audited('case', 'archive')
  archive(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<CaseView> {
    return this.service.archive(user, id, true);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @Audited('case', 'restore')
  restore(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<CaseView> {
    return this.service.archive(user, id, false);
  }

  /** Deletes a case no dispatch has used; a sent case answers 409 (archive it instead). */
  @Delete(':id')
  @HttpCode(204)
  @Audited('case')
  remove(@CurrentUser() user: Principal, @Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.service.remove(user, id);
  }
}
