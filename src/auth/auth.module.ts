import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { Staff } from '@/auth/staff.entity';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { EndedSession } from './ended-session.entity';
import { AuthService } from './auth.service';
import { LoginFailuresRepository } from './login-failures.repository';
import { AccountsRepository } from './accounts.repository';
import { RolesGuard } from './roles.guard';
import { Sessions } from './sessions';

@Module({
  imports: [
    TypeOrmModule.forFeature([Staff, EndedSession]),
    JwtModule.registerAsync({
      inject: [APP_SETTINGS],
      useFactory: (settings: AppSettings) => {
        // A ready KeyObject: given a string, jsonwebtoken tries to parse it as a public key on
        // every verification and catches the failure, which cost a fifth of a scan's CPU time.
        const key = createSecretKey(Buffer.from(settings.jwtSecret, 'utf8'));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { algorithm: 'HS256', expiresIn: settings.jwtExpiresIn as `${number}h` },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    Sessions,
    LoginFailuresRepository,
    AccountsRepository,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [Sessions],
})
export class AuthModule {}
