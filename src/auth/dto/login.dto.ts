import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  login: string;

  @ApiProperty({ example: 'change-me-now' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
