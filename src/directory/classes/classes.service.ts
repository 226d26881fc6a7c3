import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { assertMayWriteSchool, canSeeSchool, schoolScope } from '@/auth/access';
import { Principal } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { SchoolsService } from '../schools/schools.service';
import { StaffService } from '../staff/staff.service';
import { ClassQueryDto, CreateClassDto } from './class.dto';
import { SchoolClass } from './school-class.entity';

@Injectable()
export class ClassesService {
  constructor(
    @InjectRepository(SchoolClass) private readonly classes: Repository<SchoolClass>,
    private readonly schools: SchoolsService,
    private readonly staff: StaffService,
  ) {}

  async create(user: Principal, dto: CreateClassDto): Promise<SchoolClass> {
    assertMayWriteSchool(user, dto.schoolId);
    await this.schools.get(user, dto.schoolId);
    if (dto.classTeacherId) await this.staff.getInSchool(dto.classTeacherId, dto.schoolId);
    const taken = await this.classes.existsBy({
      schoolId: dto.schoolId,
      grade: dto.grade,
      letter: dto.letter,
    });
    if (taken)
      throw fail('class.exists', `Class ${dto.grade} ${dto.letter} already exists in this school.`);
    return this.classes.save(
      this.classes.create({ ...dto, classTeacherId: dto.classTeacherId ?? null }),
    );
  }

  async list(user: Principal, query: ClassQueryDto): Promise<Page<SchoolClass>> {
    const schoolId = schoolScope(user, query.schoolId);
    const [items, total] = await this.classes.findAndCount({
      where: schoolId ? { schoolId } : {},
      order: { grade: 'ASC', letter: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items, total };
  }

  /** A class the caller may see; another school's class is reported as not found. */
  async get(user: Principal, id: string): Promise<SchoolClass> {
    const found = await this.classes.findOneBy({ id });
    if (!found || !canSeeSchool(user, found.schoolId)) throw notFound('class', id);
    return found;
  }

  findBySchool(schoolId: string): Promise<SchoolClass[]> {
    return this.classes.findBy({ schoolId });
  }
}
