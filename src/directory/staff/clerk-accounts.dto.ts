import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** Post offices, each to get its first clerk account. */
export class CreateClerkAccountsDto {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 100 })
  @IsArray()
  @ArrayMinSize(1, { message: 'postOfficeIds must name at least one post office' })
  @ArrayMaxSize(100, { message: 'postOfficeIds may name at most 100 offices at once' })
  @ArrayUnique({ message: 'postOfficeIds must not repeat an office' })
  @IsUUID('loose', { each: true, message: 'each of postOfficeIds must be a post office id (UUID)' })
  postOfficeIds: string[];
}

/** One first-sign-in slip: the office, the login and the password to change at first sign-in. */
export class ClerkSlip {
  staffId: string;
  postOfficeId: string;
  postcode: string;
  officeName: string;
  login: string;
  /** Shown this once, never stored: the clerk must choose their own at the first sign-in. */
  temporaryPassword: string;
}

export class ClerkAccountsMade {
  slips: ClerkSlip[];
}
