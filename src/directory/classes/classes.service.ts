import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { IsNull, Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { assertMayWriteSchool, canSeeSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { archivedWhere } from '@/common/database/archived';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { RecordDeletion, setArchived } from '../record-lifecycle';
import { SchoolsService } from '../schools/schools.service';
import { StaffService } from '../staff/staff.service';
import { ClassQueryDto, CreateClassDto, UpdateClassDto } from './class.dto';
import { SchoolClass } from './school-class.entity';

const FIELDS = ['grade', 'letter', 'language', 'classTeacherId'] as const;

@Injectable()
export class ClassesService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deletion: RecordDeletion,
    private readonly schools: SchoolsService,
    private readonly staff: StaffService,
  ) {}

  private get classes(): Repository<SchoolClass> {
    return this.db.tx.getRepository(SchoolClass);
  }

  async create(user: Principal, dto: CreateClassDto): Promise<SchoolClass> {
    assertMayWriteSchool(user, dto.schoolId);
    await this.schools.get(user, dto.schoolId);
    if (dto.classTeacherId) await this.staff.getInSchool(dto.classTeacherId, dto.schoolId);
    await this.assertFree(dto.schoolId, dto.grade, dto.letter);
    return this.classes.save(
      this.classes.create({ ...dto, classTeacherId: dto.classTeacherId ?? null }),
    );
  }

  async list(user: Principal, query: ClassQueryDto): Promise<Page<SchoolClass>> {
    const schoolId = schoolScope(user, query.schoolId);
    const [items, total] = await this.classes.findAndCount({
      where: { ...(schoolId ? { schoolId } : {}), archivedAt: archivedWhere(query.archived) },
      order: { grade: 'ASC', letter: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  /** The school's classes in use, of one grade or all, in grade and letter order. */
  async activeOf(schoolId: string, grade?: number): Promise<SchoolClass[]> {
    return this.classes.find({
      where: { schoolId, archivedAt: IsNull(), ...(grade === undefined ? {} : { grade }) },
      order: { grade: 'ASC', letter: 'ASC' },
    });
  }

  /** A class the caller may see; another school's class is reported as not found. */
  async get(user: Principal, id: string): Promise<SchoolClass> {
    const found = await this.classes.findOneBy({ id });
    if (!found || !canSeeSchool(user, found.schoolId)) throw notFound('class', id);
    return found;
  }

  /** A class about to receive packets or pupils: an archived one is refused. */
  async getUsable(user: Principal, id: string, field: string): Promise<SchoolClass> {
    const found = await this.get(user, id);
    if (found.archivedAt) {
      const label = `${found.grade} ${found.letter}`;
      throw fail(
        'class.archived',
        `${field}: class ${label} is archived; nothing is sent to it and no pupil joins it. Restore it first.`,
        { field, label },
      );
    }
    return found;
  }

  /** What was sent to the class keeps what it printed; new dispatches follow the change. */
  async update(user: Principal, id: string, dto: UpdateClassDto): Promise<SchoolClass> {
    const found = await this.get(user, id);
    if (dto.classTeacherId) await this.staff.getInSchool(dto.classTeacherId, found.schoolId);
    const grade = dto.grade ?? found.grade;
    const letter = dto.letter ?? found.letter;
    if (grade !== found.grade || letter !== found.letter)
      await this.assertFree(found.schoolId, grade, letter);
    noteForAudit({ schoolId: found.schoolId, changes: changedFields(found, dto, FIELDS) });
    return this.classes.save(this.classes.merge({ ...found }, dto));
  }

  async archive(user: Principal, id: string, archived: boolean): Promise<SchoolClass> {
    const found = await this.get(user, id);
    noteForAudit({ schoolId: found.schoolId });
    return setArchived(this.classes, found, archived);
  }

  async remove(user: Principal, id: string): Promise<void> {
    const found = await this.get(user, id);
    noteForAudit({ schoolId: found.schoolId });
    await this.deletion.deleteUnreferenced(SchoolClass, {
      kind: 'class',
      id,
      inUse: 'class.in_use',
      describe: (c) => `Class ${c.grade} ${c.letter}`,
      audited: FIELDS,
      found,
    });
  }

  findBySchool(schoolId: string): Promise<SchoolClass[]> {
    return this.classes.findBy({ schoolId });
  }

  private async assertFree(schoolId: string, grade: number, letter: string): Promise<void> {
    if (await this.classes.existsBy({ schoolId, grade, letter }))
      throw fail('class.exists', `Class ${grade} ${letter} already exists in this school.`, {
        grade,
        letter,
      });
  }
}
