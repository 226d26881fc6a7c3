import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { afterCommit, onRollback } from '@/common/database/transactions';
import { PictureFiles } from '@/rendering/picture-files';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ILike, In, Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { archivedWhere } from '@/common/database/archived';
import { RecordDeletion, setArchived } from '@/directory/record-lifecycle';
import { assertMayWriteSchool, canSeeSchool, schoolScope } from '@/auth/access';
import { containsPattern } from '@/common/like-pattern';
import { Principal } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { SchoolsService } from '@/directory/schools/schools.service';
import { SubjectsService } from '@/directory/subjects/subjects.service';
import { CaseQueryDto, CreateCaseDto, UpdateCaseDto } from './dto/case.dto';
import { LessonCase } from './lesson-case.entity';
import { CasesRepository, WrittenSubject } from './cases.repository';
import { studyTimeWarnings } from './study-time';
import { CaseView } from './dto/case.view';
import { CaseImage } from './case-image.view';

/** The fields whose earlier values the audit log keeps (lists are kept as their text). */
const AUDITED_FIELDS = [
  'grade',
  'subjectCode',
  'language',
  'topic',
  'textbookTitle',
  'textbookPages',
  'summary',
  'feedback',
  'estimatedMinutes',
] as const;

@Injectable()
export class CasesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deletion: RecordDeletion,
    private readonly rows: CasesRepository,
    private readonly schools: SchoolsService,
    private readonly subjects: SubjectsService,
    private readonly pictures: PictureFiles,
  ) {}

  private get cases(): Repository<LessonCase> {
    return this.db.tx.getRepository(LessonCase);
  }

  async create(user: Principal, dto: CreateCaseDto): Promise<CaseView> {
    await this.assertMayAuthor(user, dto);
    const { textbook, copyPicturesOf, ...fields } = dto;
    const images = copyPicturesOf ? await this.copyPictures(user, copyPicturesOf) : [];
    const saved = await this.cases.save(
      this.cases.create({
        ...fields,
        images,
        answerLines: dto.answerLines ?? null,
        materials: dto.materials ?? [],
        textbookTitle: textbook.title,
        textbookPages: textbook.pages,
        createdBy: user.id,
      }),
    );
    return toCaseView(saved);
  }

  /**
   * The pictures of a case being copied, each file stored again under a new id: a case removes
   * its own files when it goes, so two cases never share one. A picture whose file is gone is
   * left out.
   */
  private async copyPictures(user: Principal, sourceId: string): Promise<CaseImage[]> {
    const source = await this.getEntity(user, sourceId);
    // The log says what the new case was copied from, so a reader can trace an adaptation.
    noteForAudit({ changes: { copiedFrom: { before: null, after: source.topic } } });
    const copies: CaseImage[] = [];
    for (const image of source.images) {
      const bytes = await this.pictures.read(image.id);
      if (!bytes) continue;
      const copy = { ...image, id: randomUUID() };
      await this.pictures.put(copy.id, bytes);
      onRollback(() => this.pictures.forget(copy.id));
      copies.push(copy);
    }
    return copies;
  }

  /** The caller writes for this school, and the case fits its grade, language and questions. */
  async assertMayAuthor(user: Principal, dto: CreateCaseDto): Promise<void> {
    assertMayWriteSchool(user, dto.schoolId);
    await this.schools.get(user, dto.schoolId);
    await this.assertSubjectFits(dto.subjectCode, dto.grade, dto.language);
    assertAnswerLinesFit(dto.questions, dto.answerLines);
  }

  async update(user: Principal, id: string, dto: UpdateCaseDto): Promise<CaseView> {
    const existing = await this.getEntity(user, id);
    const { textbook, ...fields } = dto;
    noteForAudit({
      schoolId: existing.schoolId,
      changes: changedFields(
        existing,
        { ...fields, textbookTitle: textbook?.title, textbookPages: textbook?.pages },
        AUDITED_FIELDS,
      ),
    });
    const merged = this.cases.merge(
      { ...existing },
      fields,
      textbook ? { textbookTitle: textbook.title, textbookPages: textbook.pages } : {},
      // New questions without their line counts go back to lines by length.
      dto.questions && !dto.answerLines ? { answerLines: null } : {},
    );
    await this.assertSubjectFits(merged.subjectCode, merged.grade, merged.language);
    assertAnswerLinesFit(merged.questions, merged.answerLines ?? undefined);
    return toCaseView(await this.cases.save(merged));
  }

  /** Archived cases leave the library and the dispatch choice; packets made keep them. */
  async archive(user: Principal, id: string, archived: boolean): Promise<CaseView> {
    const existing = await this.getEntity(user, id);
    noteForAudit({ schoolId: existing.schoolId });
    return toCaseView(await setArchived(this.cases, existing, archived));
  }

  /** A case no dispatch used can go; one that was sent stays, to be archived. */
  async remove(user: Principal, id: string): Promise<void> {
    const existing = await this.getEntity(user, id);
    noteForAudit({ schoolId: existing.schoolId });
    await this.deletion.deleteUnreferenced(LessonCase, {
      kind: 'case',
      id,
      inUse: 'case.in_use',
      describe: (c) => `Case "${c.topic}"`,
      audited: AUDITED_FIELDS,
      found: existing,
    });
    // A case no dispatch used: no packet prints its pictures.
    for (const image of existing.images) afterCommit(() => this.pictures.forget(image.id));
  }

  async list(user: Principal, query: CaseQueryDto): Promise<Page<CaseView>> {
    const schoolId = schoolScope(user, query.schoolId);
    const fixed = {
      archivedAt: archivedWhere(query.archived),
      ...(schoolId ? { schoolId } : {}),
      ...(query.grade !== undefined ? { grade: query.grade } : {}),
      ...(query.subjectCode ? { subjectCode: query.subjectCode } : {}),
      ...(query.language ? { language: query.language } : {}),
      ...(query.authorId ? { createdBy: query.authorId } : {}),
    };
    const pattern = query.search && containsPattern(query.search);
    const [rows, total] = await this.cases.findAndCount({
      where: pattern
        ? [
            { ...fixed, topic: ILike(pattern) },
            { ...fixed, textbookTitle: ILike(pattern) },
          ]
        : fixed,
      order: { createdAt: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toCaseView), total };
  }

  async get(user: Principal, id: string): Promise<CaseView> {
    return toCaseView(await this.getEntity(user, id));
  }

  /** The subjects a teacher writes cases for: the papers they review first. */
  subjectsWrittenBy(authorId: string): Promise<string[]> {
    return this.rows.subjectsWrittenBy(authorId);
  }

  /**
   * Which subjects the school (or one author) writes cases for, by grade and language: the
   * subjects a scheduled packet of such a class is expected to carry.
   */
  subjectsWritten(schoolId: string, authorId?: string): Promise<WrittenSubject[]> {
    return this.rows.subjectsWritten(schoolId, authorId);
  }

  /** The cases with these ids that the caller may see, in the order asked; a missing one is a 404. */
  async getMany(user: Principal, ids: string[]): Promise<LessonCase[]> {
    const found = await this.cases.findBy({ id: In(ids) });
    const byId = new Map(found.filter((c) => canSeeSchool(user, c.schoolId)).map((c) => [c.id, c]));
    return ids.map((id) => {
      const lessonCase = byId.get(id);
      if (!lessonCase) throw notFound('case', id);
      return lessonCase;
    });
  }

  private async getEntity(user: Principal, id: string): Promise<LessonCase> {
    const found = await this.cases.findOneBy({ id });
    if (!found || !canSeeSchool(user, found.schoolId)) throw notFound('case', id);
    return found;
  }

  private async assertSubjectFits(code: string, grade: number, language: string): Promise<void> {
    await this.subjects.get(code);
    if (!(await this.subjects.isOffered(code, grade, language))) {
      throw fail(
        'subject.not_offered',
        `Grade ${grade} does not study ${code} in ${language} classes; see GET /subjects?grade=${grade}&language=${language}.`,
      );
    }
  }
}

export function toCaseView(lessonCase: LessonCase): CaseView {
  const { textbookTitle, textbookPages, ...rest } = lessonCase;
  return {
    ...rest,
    textbook: { title: textbookTitle, pages: textbookPages },
    warnings: studyTimeWarnings(lessonCase.grade, lessonCase.estimatedMinutes),
  };
}

function assertAnswerLinesFit(questions: string[], answerLines: number[] | undefined): void {
  if (answerLines && answerLines.length !== questions.length)
    throw fail(
      'case.answer_lines_mismatch',
      `answerLines gives ${answerLines.length} line count(s) for ${questions.length} question(s): give one per question, in order.`,
      { questions: questions.length, answerLines: answerLines.length },
    );
}
