import type { FastifyInstance } from 'fastify';

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

  /** Records each route as it is registered: call before any route exists. */
  listen(fastify: FastifyInstance): void {
    fastify.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) this.routes.push({ method, pattern: patternOf(route.url) });
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
