import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, Repository } from 'typeorm';
import { canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { notFound } from '@/common/errors/domain-error';
import { ListQueryDto, Page } from '@/common/http/list-query.dto';
import { PostOfficesService } from '../post-offices/post-offices.service';
import { CreateSchoolDto } from './school.dto';
import { School } from './school.entity';

@Injectable()
export class SchoolsService {
  constructor(
    @InjectRepository(School) private readonly schools: Repository<School>,
    private readonly offices: PostOfficesService,
  ) {}

  async create(dto: CreateSchoolDto): Promise<School> {
    await this.offices.get(dto.postOfficeId);
    return this.schools.save(this.schools.create(dto));
  }

  async list(user: Principal, query: ListQueryDto): Promise<Page<School>> {
    const [items, total] = await this.schools.findAndCount({
      where: visibleSchools(user),
      order: { name: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  /** A school the caller may see; others are reported as not found. */
  async get(user: Principal, id: string): Promise<School> {
    const school = await this.schools.findOneBy({ id });
    if (!school || !(canSeeSchool(user, id) || servedBy(user, school)))
      throw notFound('school', id);
    return school;
  }
}

function servedBy(user: Principal, school: School): boolean {
  return user.role === 'post_clerk' && school.postOfficeId === user.postOfficeId;
}

/** Clerks see the schools their office serves; school staff their own school. */
function visibleSchools(user: Principal): FindOptionsWhere<School> {
  if (user.role === 'admin') return {};
  if (user.role === 'post_clerk') return { postOfficeId: user.postOfficeId };
  return { id: user.schoolId };
}
