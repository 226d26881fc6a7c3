import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { ValidatePassword } from '@/common/validation/decorators';
import { Role } from '../role';

export class LoginDto {
  @ApiProperty({ example: 'admin', minLength: 1, maxLength: 100 })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  login: string;

  @ApiProperty({ example: 'change-me-now', minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

export class ChangeOwnPasswordDto {
  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  currentPassword: string;

  @ValidatePassword()
  newPassword: string;
}

/** Who is signed in, as the token carries it. */
export class SessionUser {
  id: string;
  role: Role;
  schoolId?: string;
  postOfficeId?: string;
  /** Shown in the header: who is signed in, for which school or office. */
  fullName?: string;
  login?: string;
  schoolName?: string;
  postOfficeName?: string;
  /** The password is one somebody else knows (the documented first one): change it now. */
  passwordChangeDue?: boolean;
}

export class LoginResult {
  /** Send as `Authorization: Bearer <accessToken>`; it expires after JWT_EXPIRES_IN (a post clerk's after JWT_CLERK_EXPIRES_IN). */
  accessToken: string;
  user: SessionUser;
}
