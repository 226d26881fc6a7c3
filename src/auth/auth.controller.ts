import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuthService, LoginResult } from './auth.service';
import { CurrentUser } from './decorators';
import { ChangeOwnPasswordDto, LoginDto } from './dto/login.dto';
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
  changePassword(@CurrentUser() user: Principal, @Body() dto: ChangeOwnPasswordDto): Promise<void> {
    return this.auth.changeOwnPassword(user, dto);
  }
}
