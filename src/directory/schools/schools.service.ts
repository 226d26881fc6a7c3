import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FindOptionsWhere, Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool, canSeeSchool } from '@/auth/access';
import { Principal } from '@/auth/role';
import { archivedWhere } from '@/common/database/archived';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { PostOfficesService } from '../post-offices/post-offices.service';
import { RecordDeletion, setArchived } from '../record-lifecycle';
import { needsShortName } from './paper-name';
import {
  CreateSchoolDto,
  SchoolQueryDto,
  SHORT_NAME_REQUIRED,
  UpdateSchoolDto,
} from './school.dto';
import { School } from './school.entity';

const FIELDS = ['name', 'shortName', 'region', 'locality', 'address', 'postOfficeId'] as const;

@Injectable()
export class SchoolsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deletion: RecordDeletion,
    private readonly offices: PostOfficesService,
  ) {}

  private get schools(): Repository<School> {
    return this.db.tx.getRepository(School);
  }

  async create(dto: CreateSchoolDto): Promise<School> {
    await this.offices.getUsable(dto.postOfficeId, 'postOfficeId');
    return this.schools.save(this.schools.create(dto));
  }

  async list(user: Principal, query: SchoolQueryDto): Promise<Page<School>> {
    const [items, total] = await this.schools.findAndCount({
      where: { ...visibleSchools(user), archivedAt: archivedWhere(query.archived) },
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

  /** The admin corrects any school, a director their own. */
  async update(user: Principal, id: string, dto: UpdateSchoolDto): Promise<School> {
    const school = await this.get(user, id);
    assertMayWriteSchool(user, id);
    if (dto.postOfficeId && dto.postOfficeId !== school.postOfficeId)
      await this.offices.getUsable(dto.postOfficeId, 'postOfficeId');
    const updated = this.schools.merge({ ...school }, dto);
    if (needsShortName(updated.name) && !updated.shortName)
      throw fail('request.invalid', SHORT_NAME_REQUIRED, {
        fields: [{ field: 'shortName', problems: [SHORT_NAME_REQUIRED], rules: ['isDefined'] }],
        more: 0,
      });
    noteForAudit({ schoolId: id, changes: changedFields(school, dto, FIELDS) });
    return this.schools.save(updated);
  }

  async archive(user: Principal, id: string, archived: boolean): Promise<School> {
    noteForAudit({ schoolId: id });
    return setArchived(this.schools, await this.get(user, id), archived);
  }

  async remove(user: Principal, id: string): Promise<void> {
    const school = await this.get(user, id);
    noteForAudit({ schoolId: id });
    await this.deletion.deleteUnreferenced(School, {
      kind: 'school',
      id,
      inUse: 'school.in_use',
      describe: (s) => `School "${s.name}"`,
      audited: FIELDS,
      found: school,
    });
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
