import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Repository } from 'typeorm';
import { changedFields, noteForAudit } from '@/audit/audit-note';
import { hashPassword } from '@/auth/password';
import { Principal, Role, SCHOOL_ROLES } from '@/auth/role';
import { Sessions } from '@/auth/sessions';
import { afterCommit } from '@/common/database/transactions';
import { fail, notFound } from '@/common/errors/domain-error';
import { assertPlacement, StaffView, toStaffView, UpdateStaffDto } from './staff.dto';
import { Staff } from '@/auth/staff.entity';

/**
 * An account's life after it is made: correct the name or phone, deactivate, reactivate, reset
 * the password, change the role. Each but a correction ends the account's sessions at once. A director manages their school's staff,
 * an admin everyone; nobody deactivates or demotes themselves.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    private readonly db: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly sessions: Sessions,
  ) {}

  private get staff(): Repository<Staff> {
    return this.db.tx.getRepository(Staff);
  }

  async get(user: Principal, id: string): Promise<StaffView> {
    return toStaffView(await this.manageable(user, id));
  }

  setActive(user: Principal, id: string, active: boolean): Promise<StaffView> {
    return this.change(user, id, { active }, { notSelf: true });
  }

  /** Someone else's password; one's own changes only with the current one (POST /auth/password). */
  async resetPassword(user: Principal, id: string, newPassword: string): Promise<void> {
    if (id === user.id)
      throw fail(
        'staff.own_password',
        'Change your own password with your current one (POST /auth/password), not by a reset.',
      );
    // Set by someone else, it is known to them: the member chooses their own at next sign-in.
    await this.change(user, id, {
      passwordHash: await hashPassword(newPassword),
      passwordChangeDue: true,
    });
  }

  /** A name or phone typed wrong: the sessions go on, the audit log keeps the old values. */
  async correct(user: Principal, id: string, dto: UpdateStaffDto): Promise<StaffView> {
    const member = await this.manageable(user, id);
    const fullName = dto.fullName ?? member.fullName;
    const phone = dto.phone === undefined ? member.phone : dto.phone;
    noteForAudit({
      schoolId: member.schoolId,
      changes: changedFields(member, { fullName, phone }, ['fullName', 'phone']),
    });
    await this.staff.update({ id }, { fullName, phone });
    return toStaffView({ ...member, fullName, phone });
  }

  changeRole(user: Principal, id: string, role: Role): Promise<StaffView> {
    return this.change(user, id, { role }, { notSelf: true });
  }

  private async change(
    user: Principal,
    id: string,
    fields: Partial<Pick<Staff, 'active' | 'passwordHash' | 'passwordChangeDue' | 'role'>>,
    options: { notSelf?: boolean } = {},
  ): Promise<StaffView> {
    const member = await this.manageable(user, id);
    if (options.notSelf && member.id === user.id)
      throw fail(
        'staff.self_change',
        'You cannot deactivate your own account or change your own role; ask another director or the admin.',
      );
    const changed = { ...member, ...fields };
    if (fields.role) assertPlacement(changed);
    await this.staff.update({ id }, { ...fields, sessionVersion: () => 'session_version + 1' });
    afterCommit(() => this.sessions.forget(id));
    noteForAudit({
      schoolId: member.schoolId,
      // A reset answers nothing: the row names the person from here.
      targetName: member.fullName,
      changes: changedFields(member, fields, ['active', 'role']),
    });
    return toStaffView(changed);
  }

  /** The account, if the caller may manage it; others' staff are not found. */
  private async manageable(user: Principal, id: string): Promise<Staff> {
    const member = await this.staff.findOneBy({ id });
    if (!member) throw notFound('staff', id);
    if (user.role === 'admin') return member;
    const ownSchool = member.schoolId !== null && member.schoolId === user.schoolId;
    if (!ownSchool) throw notFound('staff', id);
    if (!SCHOOL_ROLES.includes(member.role))
      throw fail('staff.role_not_grantable', 'Only the admin manages this account.');
    return member;
  }
}
