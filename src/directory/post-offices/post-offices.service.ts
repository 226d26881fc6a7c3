import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FindOptionsWhere, ILike, Raw, Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { archivedWhere } from '@/common/database/archived';
import { isUniqueViolation } from '@/common/errors/database-errors';
import { DomainError, fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { containsPattern } from '@/common/like-pattern';
import { RecordDeletion, setArchived } from '../record-lifecycle';
import { CreatePostOfficeDto, PostOfficeQueryDto, UpdatePostOfficeDto } from './post-office.dto';
import { PostOffice } from './post-office.entity';

const FIELDS = ['postcode', 'name', 'address', 'locality'] as const;
const POSTCODE_INDEX = 'uq_post_offices_postcode';

const postcodeTaken = (postcode: string): DomainError =>
  fail(
    'post_office.postcode_taken',
    `Another post office already has the postcode ${postcode}; find it in the list and correct it instead.`,
    // Named as a field, so the form marks the postcode it refused.
    {
      postcode,
      fields: [{ field: 'postcode', problems: ['postcode is taken'], rules: ['unique'] }],
    },
  );

/** The offices the active pupils of a school get their packets at. */
const pupilOfficesOf = (schoolId: string) =>
  Raw(
    (id) =>
      `${id} IN (SELECT student.post_office_id FROM students student
        JOIN classes class ON class.id = student.class_id
        WHERE class.school_id = :schoolId AND student.active)`,
    { schoolId },
  );

@Injectable()
export class PostOfficesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deletion: RecordDeletion,
  ) {}

  private get offices(): Repository<PostOffice> {
    return this.db.tx.getRepository(PostOffice);
  }

  create(dto: CreatePostOfficeDto): Promise<PostOffice> {
    return this.saveUnique(this.offices.create(dto));
  }

  async list(user: Principal, query: PostOfficeQueryDto): Promise<Page<PostOffice>> {
    // Staff of a school learn where their own pupils live, never another school's.
    const pupilsOf = query.pupilsOfSchoolId && schoolScope(user, query.pupilsOfSchoolId);
    const fixed: FindOptionsWhere<PostOffice> = {
      archivedAt: archivedWhere(query.archived),
      ...(pupilsOf && { id: pupilOfficesOf(pupilsOf) }),
    };
    const pattern = query.search && containsPattern(query.search);
    const [items, total] = await this.offices.findAndCount({
      where: pattern ? FIELDS.map((field) => ({ ...fixed, [field]: ILike(pattern) })) : fixed,
      order: { postcode: 'ASC', name: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  async get(id: string): Promise<PostOffice> {
    const office = await this.offices.findOneBy({ id });
    if (!office) throw notFound('post_office', id);
    return office;
  }

  /** An office about to be chosen (for a pupil, school or clerk): archived ones are refused. */
  async getUsable(id: string, field: string): Promise<PostOffice> {
    const office = await this.get(id);
    if (office.archivedAt)
      throw fail(
        'post_office.archived',
        `${field}: post office ${office.postcode} (${office.name}) is archived; choose an office in use or restore it first.`,
        { field, postcode: office.postcode },
      );
    return office;
  }

  async update(id: string, dto: UpdatePostOfficeDto): Promise<PostOffice> {
    const office = await this.get(id);
    noteForAudit({ changes: changedFields(office, dto, FIELDS) });
    return this.saveUnique(this.offices.merge({ ...office }, dto));
  }

  async archive(id: string, archived: boolean): Promise<PostOffice> {
    return setArchived(this.offices, await this.get(id), archived);
  }

  async remove(id: string): Promise<void> {
    const office = await this.get(id);
    await this.deletion.deleteUnreferenced(PostOffice, {
      kind: 'post_office',
      id,
      inUse: 'post_office.in_use',
      describe: (o) => `Post office ${o.postcode}`,
      audited: FIELDS,
      found: office,
    });
  }

  /** Saves, saying which postcode is taken when another office (even a parallel one) has it. */
  private async saveUnique(office: PostOffice): Promise<PostOffice> {
    try {
      return await this.offices.save(office);
    } catch (error) {
      if (isUniqueViolation(error, POSTCODE_INDEX)) throw postcodeTaken(office.postcode);
      throw error;
    }
  }
}
