import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { fail } from '@/common/errors/domain-error';
import { AuthenticatedRequest, routeOf } from './decorators';
import { permissionFor } from './permissions';

/** Enforces the permission matrix (permissions.ts); a route missing from it is refused. */
@Injectable()
export class RolesGuard implements CanActivate {
  private readonly logger = new Logger(RolesGuard.name);

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const route = routeOf(request);
    const permission = permissionFor(request.method, route);
    if (permission === 'public') return true;
    if (!permission) {
      this.logger.error(
        `${request.method} ${route ?? request.url} is missing from the permission matrix`,
      );
      throw fail('auth.role_forbidden', 'This route is not open to anyone yet.');
    }
    if (request.user && permission.includes(request.user.role)) return true;
    throw fail(
      'auth.role_forbidden',
      `Your role (${request.user?.role ?? 'none'}) may not do this; allowed: ${permission.join(', ')}.`,
      { role: request.user?.role ?? null, allowed: permission },
    );
  }
}
