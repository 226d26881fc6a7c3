import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { SubjectQueryDto } from './subject.dto';
import { Subject } from './subject.entity';

@Injectable()
export class SubjectsService {
  constructor(@InjectRepository(Subject) private readonly subjects: Repository<Subject>) {}

  /** The catalogue, narrowed to what a grade studies in a language when those are given. */
  async list(query: SubjectQueryDto): Promise<Page<Subject>> {
    const builder = this.subjects.createQueryBuilder('subject').orderBy('subject.code');
    if (query.grade !== undefined || query.language) {
      builder.where((qb) => {
        const offered = qb
          .subQuery()
          .select('1')
          .from('subject_offerings', 'o')
          .where('o.subject_code = subject.code');
        if (query.grade !== undefined) offered.andWhere('o.grade = :grade', { grade: query.grade });
        if (query.language)
          offered.andWhere('o.language = :language', { language: query.language });
        return `EXISTS ${offered.getQuery()}`;
      });
    }
    const items = await builder.getMany();
    return { items, total: items.length };
  }

  async get(code: string): Promise<Subject> {
    const subject = await this.subjects.findOneBy({ code });
    if (!subject) throw notFound('subject', code);
    return subject;
  }

  /** Whether a grade studies the subject in that language of instruction. */
  isOffered(code: string, grade: number, language: string): Promise<boolean> {
    return this.subjects.manager
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
