import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { fail } from '@/common/errors/domain-error';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedRequest, routeOf } from './decorators';
import { permissionFor } from './permissions';
import { Principal, ROLES } from './role';
import { VerifiedTokens } from './verified-tokens';

/** Every route needs a valid bearer token unless the permission matrix makes it public. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(private readonly jwt: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (permissionFor(request.method, routeOf(request)) === 'public') return true;
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token)
      throw fail('auth.required', 'Log in first: send Authorization: Bearer <token>.');
    request.user = this.verified.find(token) ?? (await this.verify(token));
    return true;
  }

  private async verify(token: string): Promise<Principal> {
    try {
      const claims = await this.jwt.verifyAsync<{
        sub: string;
        role: Principal['role'];
        schoolId?: string;
        postOfficeId?: string;
        exp: number;
      }>(token);
      if (!ROLES.includes(claims.role)) throw new Error('unknown role');
      const principal: Principal = {
        id: claims.sub,
        role: claims.role,
        schoolId: claims.schoolId,
        postOfficeId: claims.postOfficeId,
      };
      this.verified.remember(token, principal, claims.exp * 1000);
      return principal;
    } catch {
      throw fail(
        'auth.session_invalid',
        'Your session has expired or the token is invalid; please log in again.',
      );
    }
  }
}
