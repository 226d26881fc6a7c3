import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { fail } from '@/common/errors/domain-error';
import { AuthenticatedRequest, routeOf } from './decorators';
import { permissionFor } from './permissions';
import { Sessions } from './sessions';

/** Every route needs a valid bearer token unless the permission matrix makes it public. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly sessions: Sessions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (permissionFor(request.method, routeOf(request)) === 'public') return true;
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token)
      throw fail('auth.required', 'Log in first: send Authorization: Bearer <token>.');
    request.user = await this.sessions.principalOf(token);
    return true;
  }
}
