import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { hashPassword } from '@/auth/password';
import { Principal, Role, SCHOOL_ROLES } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { PostOfficesService } from '../post-offices/post-offices.service';
import { SchoolsService } from '../schools/schools.service';
import { CreateStaffDto, StaffQueryDto, StaffView } from './staff.dto';
import { Staff } from './staff.entity';

@Injectable()
export class StaffService {
  constructor(
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly schools: SchoolsService,
    private readonly offices: PostOfficesService,
  ) {}

  async create(user: Principal, dto: CreateStaffDto): Promise<StaffView> {
    this.assertMayAppoint(user, dto);
    await this.assertPlaceExists(user, dto);
    if (await this.staff.existsBy({ login: dto.login })) {
      throw fail('staff.login_taken', `The login "${dto.login}" is already taken; choose another.`);
    }
    const { password, ...fields } = dto;
    const saved = await this.staff.save(
      this.staff.create({
        ...fields,
        schoolId: dto.schoolId ?? null,
        postOfficeId: dto.postOfficeId ?? null,
        passwordHash: await hashPassword(password),
      }),
    );
    return toView(saved);
  }

  async list(user: Principal, query: StaffQueryDto): Promise<Page<StaffView>> {
    const schoolId = schoolScope(user, query.schoolId);
    const [rows, total] = await this.staff.findAndCount({
      where: schoolId ? { schoolId } : {},
      order: { fullName: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toView), total };
  }

  /** A member of staff of the given school, or a 404 naming what was looked for. */
  async getInSchool(id: string, schoolId: string, roles?: readonly Role[]): Promise<Staff> {
    const member = await this.staff.findOneBy({ id, schoolId });
    if (!member || (roles && !roles.includes(member.role))) throw notFound('staff', id);
    return member;
  }

  private assertMayAppoint(user: Principal, dto: CreateStaffDto): void {
    const isSchoolRole = SCHOOL_ROLES.includes(dto.role);
    if (isSchoolRole && (!dto.schoolId || dto.postOfficeId)) {
      throw fail(
        'staff.placement_invalid',
        `A ${dto.role} belongs to a school: give schoolId and no postOfficeId.`,
      );
    }
    if (dto.role === 'post_clerk' && (!dto.postOfficeId || dto.schoolId)) {
      throw fail(
        'staff.placement_invalid',
        'A post_clerk belongs to a post office: give postOfficeId and no schoolId.',
      );
    }
    if (dto.role === 'admin' && (dto.schoolId || dto.postOfficeId)) {
      throw fail('staff.placement_invalid', 'An admin belongs to no school or post office.');
    }
    if (user.role === 'admin') return;
    if (!isSchoolRole)
      throw fail('staff.role_not_grantable', 'Only an admin may create post clerks or admins.');
    assertMayWriteSchool(user, dto.schoolId as string);
  }

  private async assertPlaceExists(user: Principal, dto: CreateStaffDto): Promise<void> {
    if (dto.schoolId) await this.schools.get(user, dto.schoolId);
    if (dto.postOfficeId) await this.offices.get(dto.postOfficeId);
  }
}

function toView(member: Staff): StaffView {
  const { id, fullName, role, schoolId, postOfficeId, login, createdAt } = member;
  return { id, fullName, role, schoolId, postOfficeId, login, createdAt };
}
