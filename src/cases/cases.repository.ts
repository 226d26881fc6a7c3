import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { LessonCase } from './lesson-case.entity';

/** A subject written for a grade in a language of instruction. */
export interface WrittenSubject {
  grade: number;
  language: string;
  subjectCode: string;
}

/** The lesson cases' queries beyond what their entity's repository says. */
@Injectable()
export class CasesRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The subjects an author has written cases for. */
  async subjectsWrittenBy(authorId: string): Promise<string[]> {
    const rows = await this.db.tx
      .getRepository(LessonCase)
      .createQueryBuilder('c')
      .select('DISTINCT c.subjectCode', 'code')
      .where('c.createdBy = :authorId', { authorId })
      .getRawMany<{ code: string }>();
    return rows.map((r) => r.code);
  }

  /** Distinct subjects of the school's cases in use (of one author, if named), by grade and language. */
  subjectsWritten(schoolId: string, authorId?: string): Promise<WrittenSubject[]> {
    return this.db.tx.query(
      `SELECT DISTINCT grade, language::text AS language, subject_code AS "subjectCode"
         FROM lesson_cases
        WHERE school_id = $1 AND archived_at IS NULL AND ($2::uuid IS NULL OR created_by = $2)
        ORDER BY "subjectCode", grade, language`,
      [schoolId, authorId ?? null],
    );
  }
}
