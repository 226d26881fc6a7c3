import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { APP_SETTINGS, AppSettings } from '@/common/config/settings';
import { fail } from '@/common/errors/domain-error';
import { Staff } from '@/auth/staff.entity';
import { EndedSession } from './ended-session.entity';
import { Principal, ROLES } from './role';
import { VerifiedTokens } from './verified-tokens';

interface Claims {
  sub: string;
  role: Principal['role'];
  schoolId?: string;
  postOfficeId?: string;
  /** The account's session version when the token was issued. */
  sv?: number;
  exp?: number;
  /** The session's own id, so signing out ends this session and no other. */
  jti?: string;
}

/**
 * A checked token is remembered for a minute at most: a scan station's token is verified
 * once a minute, not once a scan, and an account ended in another process stops working
 * within that minute (in this process, at once).
 */
const RECHECK_MS = 60_000;

/** Issues tokens and decides whether one still opens a session. */
@Injectable()
export class Sessions {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly jwt: JwtService,
    @InjectRepository(Staff) private readonly staff: Repository<Staff>,
    @InjectRepository(EndedSession) private readonly ended: Repository<EndedSession>,
    @Inject(APP_SETTINGS) private readonly settings: AppSettings,
  ) {}

  /** Staff's tokens last JWT_EXPIRES_IN; a clerk's, at a shared counter PC, a shift. */
  issue(user: Principal, sessionVersion: number): Promise<string> {
    const { id, ...claims } = user;
    const lifetime =
      user.role === 'post_clerk' ? this.settings.jwtClerkExpiresIn : this.settings.jwtExpiresIn;
    return this.jwt.signAsync(
      { sub: id, ...claims, sv: sessionVersion, jti: randomUUID() },
      { expiresIn: lifetime as `${number}h` },
    );
  }

  /** Signing out: the token stops opening anything, here at once, elsewhere within a minute. */
  async end(token: string): Promise<void> {
    const claims = await this.verify(token).catch(() => undefined);
    this.verified.forget(token);
    if (!claims?.jti) return; // not a session of ours, or already over
    await this.ended.upsert({ jti: claims.jti, expiresAt: new Date(claims.exp! * 1000) }, ['jti']);
    await this.ended.delete({ expiresAt: LessThan(new Date()) });
  }

  async principalOf(token: string): Promise<Principal> {
    const known = this.verified.find(token);
    if (known) return known;
    const claims = await this.verify(token);
    const [account, signedOut] = await Promise.all([
      this.staff.findOne({
        where: { id: claims.sub },
        select: { id: true, active: true, sessionVersion: true },
      }),
      claims.jti ? this.ended.existsBy({ jti: claims.jti }) : false,
    ]);
    if (!account?.active || account.sessionVersion !== claims.sv || signedOut)
      throw sessionInvalid();
    const principal: Principal = {
      id: claims.sub,
      role: claims.role,
      schoolId: claims.schoolId,
      postOfficeId: claims.postOfficeId,
    };
    this.verified.remember(token, principal, Math.min(claims.exp! * 1000, Date.now() + RECHECK_MS));
    return principal;
  }

  /** Ends every session of an account in this process; others notice within RECHECK_MS. */
  forget(staffId: string): void {
    this.verified.forgetPrincipal(staffId);
  }

  private async verify(token: string): Promise<Claims> {
    try {
      const claims = await this.jwt.verifyAsync<Claims>(token);
      if (!ROLES.includes(claims.role) || typeof claims.exp !== 'number') throw new Error();
      return claims;
    } catch {
      throw sessionInvalid();
    }
  }
}

const sessionInvalid = () =>
  fail(
    'auth.session_invalid',
    'Your session has expired or the token is invalid; please log in again.',
  );
