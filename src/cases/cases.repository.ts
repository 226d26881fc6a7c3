import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { LessonCase } from './lesson-case.entity';

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
}
