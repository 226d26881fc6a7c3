import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { SubjectQueryDto } from './subject.dto';
import { Subject } from './subject.entity';
import { SubjectsRepository } from './subjects.repository';

@Injectable()
export class SubjectsService {
  constructor(
    @InjectRepository(Subject) private readonly subjects: Repository<Subject>,
    private readonly offerings: SubjectsRepository,
  ) {}

  /** The catalogue, narrowed to what a grade studies in a language when those are given. */
  async list(query: SubjectQueryDto): Promise<Page<Subject>> {
    const items = await this.offerings.findOffered(query);
    return { items, total: items.length };
  }

  async get(code: string): Promise<Subject> {
    const subject = await this.subjects.findOneBy({ code });
    if (!subject) throw notFound('subject', code);
    return subject;
  }

  /** Whether a grade studies the subject in that language of instruction. */
  isOffered(code: string, grade: number, language: string): Promise<boolean> {
    return this.offerings.isOffered(code, grade, language);
  }
}
