import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  UnauthorizedException,
} from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { Staff } from '@/directory/staff/staff.entity';
import { LoginDto } from './dto/login.dto';
import { hashPassword, verifyPassword } from './password';
import { Principal } from './role';

export interface LoginResult {
  accessToken: string;
  user: Principal;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    private readonly jwt: JwtService,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  async login(dto: LoginDto): Promise<LoginResult> {
    const member = await this.staff.findOne({
      where: { login: dto.login },
      select: { id: true, role: true, schoolId: true, postOfficeId: true, passwordHash: true },
    });
    if (!member || !(await verifyPassword(dto.password, member.passwordHash))) {
      throw new UnauthorizedException('The login or password is wrong.');
    }
    const user: Principal = {
      id: member.id,
      role: member.role,
      schoolId: member.schoolId ?? undefined,
      postOfficeId: member.postOfficeId ?? undefined,
    };
    const { id, ...claims } = user;
    return { accessToken: await this.jwt.signAsync({ sub: id, ...claims }), user };
  }

  /** The first start creates the admin, so a fresh install can be set up through the API. */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.staff.existsBy({ role: 'admin' })) return;
    const { adminLogin, adminPassword } = this.settings;
    // Several instances may start at once: the unique login makes the insert happen once.
    await this.staff
      .createQueryBuilder()
      .insert()
      .values({
        fullName: 'Administrator',
        role: 'admin',
        login: adminLogin,
        passwordHash: await hashPassword(adminPassword),
      })
      .orIgnore()
      .execute();
    this.logger.log(`Created the admin account "${adminLogin}"`);
  }
}
