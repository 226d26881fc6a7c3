import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { AuthenticatedRequest, IS_PUBLIC } from './decorators';
import { Principal, ROLES } from './role';

/** Every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly jwt: JwtService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token)
      throw new UnauthorizedException('Log in first: send Authorization: Bearer <token>.');
    request.user = await this.verify(token);
    return true;
  }

  private async verify(token: string): Promise<Principal> {
    try {
      const claims = await this.jwt.verifyAsync<{
        sub: string;
        role: Principal['role'];
        schoolId?: string;
        postOfficeId?: string;
      }>(token);
      if (!ROLES.includes(claims.role)) throw new Error('unknown role');
      return {
        id: claims.sub,
        role: claims.role,
        schoolId: claims.schoolId,
        postOfficeId: claims.postOfficeId,
      };
    } catch {
      throw new UnauthorizedException(
        'Your session has expired or the token is invalid; please log in again.',
      );
    }
  }
}
