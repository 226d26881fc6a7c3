import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@/auth/role';
import { ListQueryDto } from '@/common/http/list-query.dto';
import { ValidateEnum, ValidateText, ValidateUUID } from '@/common/validation/decorators';

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

  @ApiProperty({ minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters' })
  @MaxLength(200)
  password: string;
}

export class StaffQueryDto extends ListQueryDto {
  @ValidateUUID({ optional: true })
  schoolId?: string;
}

export interface StaffView {
  id: string;
  fullName: string;
  role: Role;
  schoolId: string | null;
  postOfficeId: string | null;
  login: string;
  createdAt: Date;
}
