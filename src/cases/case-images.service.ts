import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { noteForAudit } from '@/audit/audit-note';
import { afterCommit, onRollback } from '@/common/database/transactions';
import { assertMayWriteSchool, canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { RecordReferencesRepository } from '@/directory/record-references.repository';
import { PictureFiles } from '@/rendering/picture-files';
import { RenderPool } from '@/rendering/render-pool';
import { CaseImage, MAX_CASE_IMAGES } from './case-image.view';
import { pictureRefusal } from './case-image-problems';
import { CaseView } from './dto/case.view';
import { toCaseView } from './cases.service';
import { UploadCaseImageDto } from './dto/case-image.dto';
import { LessonCase } from './lesson-case.entity';

/**
 * A case's pictures: added (checked whole and made print-ready in a render thread), captioned,
 * removed. Packets already made keep printing the pictures they were made with.
 */
@Injectable()
export class CaseImagesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly pool: RenderPool,
    private readonly files: PictureFiles,
    private readonly references: RecordReferencesRepository,
  ) {}

  private get cases(): Repository<LessonCase> {
    return this.db.tx.getRepository(LessonCase);
  }

  async add(user: Principal, caseId: string, dto: UploadCaseImageDto): Promise<CaseView> {
    if (!dto.file)
      throw fail('request.upload_invalid', 'Attach the picture (PNG or JPEG) as the field "file".');
    // Who may change the case is known before the picture's slow reading, without a lock.
    await this.findForChange(user, caseId, false);
    const prepared = await this.pool.preparePicture(dto.file);
    if (!prepared.ok) throw pictureRefusal(prepared.problem, dto.file.length, prepared.size);
    const lessonCase = await this.lockForChange(user, caseId);
    if (lessonCase.images.length >= MAX_CASE_IMAGES)
      throw fail(
        'case_image.too_many',
        `The case already has ${MAX_CASE_IMAGES} pictures; remove one before adding another.`,
        { max: MAX_CASE_IMAGES },
      );
    const { width, height, png } = prepared.picture;
    const image: CaseImage = { id: randomUUID(), caption: dto.caption, width, height };
    await this.files.put(image.id, png);
    // Stored before the row names it: if the change then fails, no case ever will.
    onRollback(() => this.files.forget(image.id));
    return this.save(lessonCase, [...lessonCase.images, image]);
  }

  async caption(
    user: Principal,
    caseId: string,
    imageId: string,
    caption: string,
  ): Promise<CaseView> {
    const lessonCase = await this.lockForChange(user, caseId);
    imageOf(lessonCase, imageId);
    return this.save(
      lessonCase,
      lessonCase.images.map((image) => (image.id === imageId ? { ...image, caption } : image)),
    );
  }

  /** The file goes too unless a dispatch used the case: its packets may be printed again. */
  async remove(user: Principal, caseId: string, imageId: string): Promise<CaseView> {
    const lessonCase = await this.lockForChange(user, caseId);
    imageOf(lessonCase, imageId);
    const view = await this.save(
      lessonCase,
      lessonCase.images.filter((image) => image.id !== imageId),
    );
    const { dispatches } = await this.references.count('case', caseId);
    if (!dispatches) afterCommit(() => this.files.forget(imageId));
    return view;
  }

  /** The print-ready picture, for the editor to show. */
  async file(user: Principal, caseId: string, imageId: string): Promise<Buffer> {
    const lessonCase = await this.cases.findOneBy({ id: caseId });
    if (!lessonCase || !canSeeSchool(user, lessonCase.schoolId)) throw notFound('case', caseId);
    imageOf(lessonCase, imageId);
    const bytes = await this.files.read(imageId);
    if (!bytes) throw fileMissing(imageId);
    return bytes;
  }

  /** The case's saved pictures with the captions the editor has now, for a preview. */
  async forPreview(
    user: Principal,
    caseId: string | undefined,
    captions: { id: string; caption: string }[],
  ): Promise<CaseImage[]> {
    if (!caseId || captions.length === 0) return [];
    const lessonCase = await this.cases.findOneBy({ id: caseId });
    if (!lessonCase || !canSeeSchool(user, lessonCase.schoolId)) throw notFound('case', caseId);
    return captions.map(({ id, caption }) => ({ ...imageOf(lessonCase, id), caption }));
  }

  private lockForChange(user: Principal, caseId: string): Promise<LessonCase> {
    return this.findForChange(user, caseId, true);
  }

  private async findForChange(user: Principal, caseId: string, lock: boolean): Promise<LessonCase> {
    const lessonCase = await this.cases.findOne({
      where: { id: caseId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!lessonCase || !canSeeSchool(user, lessonCase.schoolId)) throw notFound('case', caseId);
    assertMayWriteSchool(user, lessonCase.schoolId);
    return lessonCase;
  }

  private async save(lessonCase: LessonCase, images: CaseImage[]): Promise<CaseView> {
    noteForAudit({
      schoolId: lessonCase.schoolId,
      changes: { images: { before: captions(lessonCase.images), after: captions(images) } },
    });
    return toCaseView(await this.cases.save({ ...lessonCase, images }));
  }
}

function imageOf(lessonCase: LessonCase, imageId: string): CaseImage {
  const image = lessonCase.images.find((found) => found.id === imageId);
  if (!image) throw missing(imageId);
  return image;
}

const missing = (id: string) =>
  fail('case_image.not_found', `The case has no picture ${id}; reload the case.`, { id });
/** The picture is listed but its file is gone (removed meanwhile, or lost from the store). */
const fileMissing = (id: string) =>
  fail(
    'case_image.file_missing',
    `The file of picture ${id} is no longer stored; remove the picture and upload it again.`,
    { id },
  );

/** The pictures as the audit log keeps them: their captions, in order. */
const captions = (images: CaseImage[]): string => images.map((image) => image.caption).join(' | ');
