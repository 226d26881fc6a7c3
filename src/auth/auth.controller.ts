import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { AuthService } from './auth.service';
import { CurrentUser } from './decorators';
import { ChangeOwnPasswordDto, LoginDto, LoginResult } from './dto/login.dto';
import { Principal } from './role';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto, @Ip() address: string): Promise<LoginResult> {
    return this.auth.login(dto, address);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; log in again with the new password' })
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangeOwnPasswordDto): Promise<void> {
    return this.auth.changeOwnPassword(user, dto);
  }
}
