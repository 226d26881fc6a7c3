import { Injectable } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Principal } from '@/auth/role';
import { startDownload } from '@/common/http/download';
import { SubjectsService } from '@/directory/subjects/subjects.service';
import { caseSnapshot } from '@/cases/snapshot';
import { PreviewRenderer } from '@/rendering/preview-renderer';
import { PictureFiles } from '@/rendering/picture-files';
import { CaseImagesService } from './case-images.service';
import { CasesService } from './cases.service';
import { PreviewCaseDto } from './dto/case-image.dto';

/** The printed pages of a case not yet saved, by the same renderer as the packets. */
@Injectable()
export class CasePreviewService {
  constructor(
    private readonly cases: CasesService,
    private readonly subjects: SubjectsService,
    private readonly previews: PreviewRenderer,
    private readonly images: CaseImagesService,
    private readonly pictureFiles: PictureFiles,
  ) {}

  async preview(user: Principal, dto: PreviewCaseDto, reply: FastifyReply): Promise<void> {
    await this.cases.assertMayAuthor(user, dto);
    const subject = await this.subjects.get(dto.subjectCode);
    const images = await this.images.forPreview(user, dto.caseId, dto.images ?? []);
    const { textbook, caseId: _caseId, images: _images, ...content } = dto;
    const snapshot = caseSnapshot(
      {
        ...content,
        id: 'preview',
        textbookTitle: textbook.title,
        textbookPages: textbook.pages,
        materials: dto.materials ?? [],
        answerLines: dto.answerLines ?? null,
        images,
      },
      subject,
      dto.language,
    );
    const pdf = await this.previews.render(user.id, {
      kind: 'case',
      lessonCase: snapshot,
      classText: String(dto.grade),
      language: dto.language,
      pictures: await this.pictureFiles.readMany(images.map((image) => image.id)),
    });
    startDownload(reply, 'application/pdf', 'preview.pdf', 'inline').end(pdf);
  }
}
