import { Audited } from '@/audit/audited.decorator';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentUser } from '@/auth/decorators';
import { Principal } from '@/auth/role';
import { ApiFile } from '@/common/http/api-responses';
import { startDownload } from '@/common/http/download';
import { MultipartUpload } from '@/common/http/uploads';
import { ParseIdPipe } from '@/common/validation/parse-id.pipe';
import { CaseImagesService } from './case-images.service';
import { CaptionDto, UploadCaseImageDto } from './dto/case-image.dto';
import { CaseView } from './dto/case.view';

/** A case's pictures: each answer is the case with its pictures as they now are. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/images')
export class CaseImagesController {
  constructor(private readonly service: CaseImagesService) {}

  /** Adds a PNG or JPEG (at most 2 MB and 25 megapixels), checked on its content, with its caption. */
  @Post()
  @Audited('case', 'image_add')
  @MultipartUpload()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'caption'],
      properties: {
        file: { type: 'string', format: 'binary', description: 'A PNG or JPEG picture' },
        caption: { type: 'string', maxLength: 300 },
      },
    },
  })
  add(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UploadCaseImageDto,
  ): Promise<CaseView> {
    return this.service.add(user, id, dto);
  }

  /** The picture as it prints: grey, at print size. */
  @Get(':imageId/picture.png')
  @ApiFile('image/png')
  async picture(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('imageId', ParseIdPipe) imageId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const png = await this.service.file(user, id, imageId);
    startDownload(reply, 'image/png', 'picture.png', 'inline').end(png);
  }

  @Patch(':imageId')
  @Audited('case', 'image_edit')
  caption(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('imageId', ParseIdPipe) imageId: string,
    @Body() dto: CaptionDto,
  ): Promise<CaseView> {
    return this.service.caption(user, id, imageId, dto.caption);
  }

  @Delete(':imageId')
  @HttpCode(200)
  @Audited('case', 'image_del')
  remove(
    @CurrentUser() user: Principal,
    @Param('id', ParseIdPipe) id: string,
    @Param('imageId', ParseIdPipe) imageId: string,
  ): Promise<CaseView> {
    return this.service.remove(user, id, imageId);
  }
}
