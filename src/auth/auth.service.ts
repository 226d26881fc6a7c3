import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { fail } from '@/common/errors/domain-error';
import { Staff } from '@/auth/staff.entity';
import { DOCUMENTED_ADMIN_PASSWORD } from '@/common/config/environment';
import { ChangeOwnPasswordDto, LoginDto, LoginResult, SessionUser } from './dto/login.dto';
import { AccountsRepository } from './accounts.repository';
import { adminDisplayName } from './admin-name';
import { FailedLogins } from './failed-logins';
import { LoginFailuresRepository } from './login-failures.repository';
import { hashPassword, verifyPassword } from './password';
import { Principal } from './role';
import { Sessions } from './sessions';

/** An address may fail this many times more than one login: a whole office may share it. */
const ADDRESS_FACTOR = 5;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);
  private readonly failedLogins: FailedLogins;
  /** Checked against when the login is unknown, so a wrong login costs what a wrong password does. */
  private readonly decoyHash = hashPassword(randomBytes(16).toString('hex'));

  constructor(
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly sessions: Sessions,
    private readonly accounts: AccountsRepository,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
    failures: LoginFailuresRepository,
  ) {
    const perLogin = settings.loginAttemptsPerMinute;
    this.failedLogins = new FailedLogins(failures, perLogin, perLogin * ADDRESS_FACTOR);
  }

  async login(dto: LoginDto, address: string): Promise<LoginResult> {
    const verdict = await this.failedLogins.check(dto.login, address);
    if (!verdict.allowed)
      throw fail(
        'auth.too_many_attempts',
        `Too many failed login attempts; wait ${verdict.retryAfterSeconds} s and try again.`,
        { retryAfterSeconds: verdict.retryAfterSeconds },
      );
    // Guessed from elsewhere: the owner still gets in, a little later; guessing gets slow.
    if (verdict.slowDownMs > 0) await sleep(verdict.slowDownMs);
    const member = await this.findAccount(dto.login);
    const passwordRight = await verifyPassword(
      dto.password,
      member?.passwordHash ?? (await this.decoyHash),
    );
    if (!member || !passwordRight || !member.active) {
      await this.failedLogins.recordFailure(dto.login, address);
      throw fail('auth.bad_credentials', 'The login or password is wrong.');
    }
    await this.failedLogins.recordSuccess(dto.login, address);
    const principal: Principal = {
      id: member.id,
      role: member.role,
      schoolId: member.schoolId ?? undefined,
      postOfficeId: member.postOfficeId ?? undefined,
    };
    const user: SessionUser = {
      ...principal,
      fullName: member.fullName,
      login: member.login,
      schoolName: member.school?.name,
      postOfficeName: member.postOffice?.name,
      passwordChangeDue: member.passwordChangeDue || dto.password === DOCUMENTED_ADMIN_PASSWORD,
    };
    return { accessToken: await this.sessions.issue(principal, member.sessionVersion), user };
  }

  /** A new password ends the account's other sessions; the caller logs in again. */
  /** Ends the session the header's token belongs to; anything else is simply done. */
  async logout(authorization: string | undefined): Promise<void> {
    const [scheme, token] = (authorization ?? '').split(' ');
    if (scheme === 'Bearer' && token) await this.sessions.end(token);
  }

  async changeOwnPassword(user: Principal, dto: ChangeOwnPasswordDto): Promise<void> {
    const member = await this.staff.findOne({
      where: { id: user.id },
      select: { id: true, passwordHash: true },
    });
    if (!member || !(await verifyPassword(dto.currentPassword, member.passwordHash)))
      throw fail('auth.wrong_password', 'The current password is wrong; nothing was changed.');
    await this.staff.update(
      { id: user.id },
      {
        passwordHash: await hashPassword(dto.newPassword),
        passwordChangeDue: false,
        sessionVersion: () => 'session_version + 1',
      },
    );
    this.sessions.forget(user.id);
  }

  private findAccount(login: string): Promise<Staff | null> {
    return this.staff.findOne({
      where: { login: login.toLowerCase() },
      relations: { school: true, postOffice: true },
      select: {
        id: true,
        fullName: true,
        login: true,
        role: true,
        schoolId: true,
        postOfficeId: true,
        passwordHash: true,
        passwordChangeDue: true,
        active: true,
        sessionVersion: true,
        school: { id: true, name: true },
        postOffice: { id: true, name: true },
      },
    });
  }

  /** The first start creates the admin, so a fresh install can be set up through the API. */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.staff.existsBy({ role: 'admin' })) return;
    const { adminLogin, adminPassword } = this.settings;
    // Several instances may start at once: the unique login makes the insert happen once.
    await this.accounts.insertUnlessTaken({
      fullName: adminDisplayName(),
      role: 'admin',
      login: adminLogin.toLowerCase(),
      passwordHash: await hashPassword(adminPassword),
      passwordChangeDue: adminPassword === DOCUMENTED_ADMIN_PASSWORD,
    });
    this.logger.log(`Created the admin account "${adminLogin}"`);
  }
}
