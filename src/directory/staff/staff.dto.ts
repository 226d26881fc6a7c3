import { ValidatePhone } from '../validate-postcode';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ROLES, Role, SCHOOL_ROLES } from '@/auth/role';
import { fail } from '@/common/errors/domain-error';
import { ListQueryDto } from '@/common/http/list-query.dto';
import {
  ValidateEnum,
  ValidatePassword,
  ValidateText,
  ValidateUUID,
} from '@/common/validation/decorators';
import { Staff } from '@/auth/staff.entity';

export class CreateStaffDto {
  @ValidateText(200, { example: 'Серікова Айгүл Болатқызы' })
  fullName: string;

  @ValidateEnum(ROLES)
  role: Role;

  @ValidateUUID({ optional: true })
  schoolId?: string;

  @ValidateUUID({ optional: true })
  postOfficeId?: string;

  @ApiProperty({
    example: 'a.serikova',
    description: 'Latin letters, digits, dot, dash, underscore',
  })
  @Matches(/^[a-zA-Z0-9._-]{3,100}$/, {
    message: 'login must be 3-100 Latin letters, digits, dots, dashes or underscores',
  })
  login: string;

  @ValidatePassword()
  password: string;

  /** For the service's text messages to staff (overdue duties, silent pupils). */
  @ValidatePhone({ optional: true })
  phone?: string;
}

export class StaffQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;

  /** Words of the name or login, in any case. */
  @ValidateText(100, { optional: true })
  search?: string;
}

export class ResetPasswordDto {
  @ValidatePassword()
  newPassword: string;
}

/** A name or phone typed wrong, corrected; `phone: null` removes the number. */
export class UpdateStaffDto {
  @ValidateText(200, { optional: true, example: 'Серікова Айгүл Болатқызы' })
  fullName?: string;

  @ValidatePhone({ optional: true })
  @ApiPropertyOptional({ type: String, nullable: true, example: '+7 701 234 56 78' })
  phone?: string | null;
}

export class ChangeRoleDto {
  @ValidateEnum(ROLES)
  role: Role;
}

/** A member of staff as the API shows them: never the password hash. */
export class StaffView {
  id: string;
  fullName: string;
  role: Role;
  schoolId: string | null;
  postOfficeId: string | null;
  login: string;
  phone: string | null;
  active: boolean;
  createdAt: Date;
}

export function toStaffView(member: Staff): StaffView {
  const { id, fullName, role, schoolId, postOfficeId, login, phone, active, createdAt } = member;
  return { id, fullName, role, schoolId, postOfficeId, login, phone, active, createdAt };
}

type Placement = Pick<Staff, 'role' | 'schoolId' | 'postOfficeId'>;

/** School staff belong to a school, clerks to a post office, the admin to neither. */
export function assertPlacement({ role, schoolId, postOfficeId }: Placement): void {
  if (SCHOOL_ROLES.includes(role) && (!schoolId || postOfficeId))
    throw fail(
      'staff.placement_invalid',
      `A ${role} belongs to a school: give schoolId and no postOfficeId.`,
      { role },
    );
  if (role === 'post_clerk' && (!postOfficeId || schoolId))
    throw fail(
      'staff.placement_invalid',
      'A post_clerk belongs to a post office: give postOfficeId and no schoolId.',
      { role },
    );
  if (role === 'admin' && (schoolId || postOfficeId))
    throw fail('staff.placement_invalid', 'An admin belongs to no school or post office.', {
      role,
    });
}
