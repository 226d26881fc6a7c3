import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Subject } from './subject.entity';

/** The subject catalogue's queries: what each grade studies in each language. */
@Injectable()
export class SubjectsRepository {
  constructor(private readonly db: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The catalogue by code, narrowed to what a grade studies in a language when those are given. */
  findOffered(filter: { grade?: number; language?: string }): Promise<Subject[]> {
    const builder = this.db.tx
      .getRepository(Subject)
      .createQueryBuilder('subject')
      .orderBy('subject.code');
    if (filter.grade !== undefined || filter.language) {
      builder.where((qb) => {
        const offered = qb
          .subQuery()
          .select('1')
          .from('subject_offerings', 'o')
          .where('o.subject_code = subject.code');
        if (filter.grade !== undefined)
          offered.andWhere('o.grade = :grade', { grade: filter.grade });
        if (filter.language)
          offered.andWhere('o.language = :language', { language: filter.language });
        return `EXISTS ${offered.getQuery()}`;
      });
    }
    return builder.getMany();
  }

  /** Whether a grade studies the subject in that language of instruction. */
  isOffered(code: string, grade: number, language: string): Promise<boolean> {
    return this.db.tx
      .createQueryBuilder()
      .from('subject_offerings', 'o')
      .where('o.subject_code = :code AND o.grade = :grade AND o.language = :language', {
        code,
        grade,
        language,
      })
      .getExists();
  }
}
