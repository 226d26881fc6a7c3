import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's protective headers on every response. The middleware is built once here:
 * `@fastify/helmet` builds it again, and parses the policy again, for every request, which
 * cost a scan counter's busiest route several percent of its CPU.
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  const setHeaders = helmet({
    // Scripts only from the service's own files; inline style for the app's style attributes
    // (a bar's width) and the API documentation page.
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        // The web app shows PDFs it fetched with the session's token (the case preview) as
        // blob: addresses, in a frame and read back; nothing from elsewhere.
        'frame-src': ["'self'", 'blob:'],
        'connect-src': ["'self'", 'blob:'],
      },
    },
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    // Answers carry pupils' and families' data: no browser or proxy keeps a copy.
    void reply.header('Cache-Control', 'no-store');
    setHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
}
