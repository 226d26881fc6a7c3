import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { FindOptionsWhere, ILike, Repository } from 'typeorm';
import { assertMayWriteSchool, schoolScope } from '@/auth/access';
import { hashPassword } from '@/auth/password';
import { Principal, Role, SCHOOL_ROLES } from '@/auth/role';
import { fail, notFound } from '@/common/errors/domain-error';
import { Page } from '@/common/http/list-query.dto';
import { containsPattern } from '@/common/like-pattern';
import { PostOfficesService } from '../post-offices/post-offices.service';
import { SchoolsService } from '../schools/schools.service';
import {
  assertPlacement,
  CreateStaffDto,
  StaffQueryDto,
  StaffView,
  toStaffView,
} from './staff.dto';
import { Staff } from '@/auth/staff.entity';

@Injectable()
export class StaffService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly schools: SchoolsService,
    private readonly offices: PostOfficesService,
  ) {}

  private get staff(): Repository<Staff> {
    return this.db.tx.getRepository(Staff);
  }

  async create(user: Principal, dto: CreateStaffDto): Promise<StaffView> {
    this.assertMayAppoint(user, dto);
    await this.assertPlaceExists(user, dto);
    const login = dto.login.toLowerCase();
    if (await this.staff.existsBy({ login })) {
      throw fail('staff.login_taken', `The login "${login}" is already taken; choose another.`, {
        login,
      });
    }
    const { password, ...fields } = dto;
    const saved = await this.staff.save(
      this.staff.create({
        ...fields,
        login,
        schoolId: dto.schoolId ?? null,
        postOfficeId: dto.postOfficeId ?? null,
        passwordHash: await hashPassword(password),
        // Whoever set it knows it: the new member chooses their own at first sign-in.
        passwordChangeDue: true,
      }),
    );
    return toStaffView(saved);
  }

  async list(user: Principal, query: StaffQueryDto): Promise<Page<StaffView>> {
    const schoolId = schoolScope(user, query.schoolId);
    const fixed: FindOptionsWhere<Staff> = schoolId ? { schoolId } : {};
    const pattern = query.search && containsPattern(query.search);
    const [rows, total] = await this.staff.findAndCount({
      where: pattern
        ? [
            { ...fixed, fullName: ILike(pattern) },
            { ...fixed, login: ILike(pattern) },
          ]
        : fixed,
      // The id breaks ties, so pages neither repeat nor skip people of the same name.
      order: { fullName: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
    return { items: rows.map(toStaffView), total };
  }

  /** An active member of staff of the given school, or a 404 naming what was looked for. */
  async getInSchool(id: string, schoolId: string, roles?: readonly Role[]): Promise<Staff> {
    const member = await this.staff.findOneBy({ id, schoolId, active: true });
    if (!member || (roles && !roles.includes(member.role))) throw notFound('staff', id);
    return member;
  }

  /** A member of staff of the given school in one of the roles, active or not; else a 404. */
  async getAnyInSchool(id: string, schoolId: string, roles: readonly Role[]): Promise<Staff> {
    const member = await this.staff.findOneBy({ id, schoolId });
    if (!member || !roles.includes(member.role)) throw notFound('staff', id);
    return member;
  }

  private assertMayAppoint(user: Principal, dto: CreateStaffDto): void {
    assertPlacement({
      role: dto.role,
      schoolId: dto.schoolId ?? null,
      postOfficeId: dto.postOfficeId ?? null,
    });
    if (user.role === 'admin') return;
    if (!SCHOOL_ROLES.includes(dto.role))
      throw fail('staff.role_not_grantable', 'Only an admin may create post clerks or admins.');
    assertMayWriteSchool(user, dto.schoolId as string);
  }

  private async assertPlaceExists(user: Principal, dto: CreateStaffDto): Promise<void> {
    if (dto.schoolId) await this.schools.get(user, dto.schoolId);
    if (dto.postOfficeId) await this.offices.getUsable(dto.postOfficeId, 'postOfficeId');
  }
}
