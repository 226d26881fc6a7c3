import type { FastifyInstance } from 'fastify';
import { errorBody } from '../errors/error-body';

interface KnownRoute {
  method: string;
  pattern: RegExp;
}

/**
 * Every route the server has, as method and path pattern, so a request for a known address
 * with the wrong method is answered 405 with the methods it takes (not 404).
 */
export class RouteTable {
  private readonly routes: KnownRoute[] = [];
  /** Methods of each address that has no parameters (`/cases/preview.pdf`). */
  private readonly fixed = new Map<string, string[]>();

  /** Records each route as it is registered: call before any route exists. */
  listen(fastify: FastifyInstance): void {
    fastify.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) this.routes.push({ method, pattern: patternOf(route.url) });
      if (/[:*]/.test(route.url)) return;
      const known = this.fixed.get(route.url) ?? [];
      this.fixed.set(route.url, [...new Set([...known, ...methods])].sort());
    });
  }

  /**
   * A fixed address asked with a method it does not take is 405, even where a route with a
   * parameter would match it (`GET /cases/preview.pdf` is not `GET /cases/:id`).
   */
  refuseOtherMethods(fastify: FastifyInstance): void {
    fastify.addHook('onRequest', (request, reply, done) => {
      const methods = this.fixed.get(request.url.split('?')[0]);
      const asked = request.method;
      if (!methods || methods.includes(asked) || asked === 'OPTIONS') return done();
      void reply
        .code(405)
        .header('Allow', methods.join(', '))
        .type('application/json; charset=utf-8')
        .send(
          errorBody(
            405,
            'request.method_not_allowed',
            `This address takes ${methods.join(', ')}, not ${asked}.`,
            { allow: methods },
          ),
        );
    });
  }

  /** The methods a path takes; empty when no route has that path. */
  methodsFor(path: string): string[] {
    const bare = path.split('?')[0];
    const methods = this.routes.filter((r) => r.pattern.test(bare)).map((r) => r.method);
    return [...new Set(methods)].sort();
  }
}

function patternOf(url: string): RegExp {
  const escaped = url
    .split('/')
    .map((part) =>
      part.startsWith(':')
        ? '[^/]+'
        : part === '*'
          ? '.*'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${escaped}/?$`);
}
