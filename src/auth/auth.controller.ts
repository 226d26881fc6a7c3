import { Body, Controller, Headers, HttpCode, Ip, Post } from '@nestjs/common';
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

  /** Signing out: this session's token stops working (the account's other sessions go on). */
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Signed out; the token no longer opens anything' })
  logout(@Headers('authorization') authorization?: string): Promise<void> {
    return this.auth.logout(authorization);
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Changed; log in again with the new password' })
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangeOwnPasswordDto): Promise<void> {
    return this.auth.changeOwnPassword(user, dto);
  }
}
