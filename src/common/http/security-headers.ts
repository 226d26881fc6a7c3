import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { ServerResponse } from 'node:http';

/**
 * Helmet's protective headers on every response. The middleware is built once here:
 * `@fastify/helmet` builds it again, and parses the policy again, for every request, which
 * cost a scan counter's busiest route several percent of its CPU.
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    writeSecurityHeaders(reply.raw);
    done();
  });
}

/**
 * The same headers on an answer written outside the hooks (an address Fastify's router
 * refused before any hook ran). Helmet's middleware only sets headers, synchronously.
 */
export function writeSecurityHeaders(res: ServerResponse): void {
  // Answers carry pupils' and families' data: no browser or proxy keeps a copy.
  res.setHeader('Cache-Control', 'no-store');
  setHeaders(res.req, res, () => undefined);
}

const setHeaders = helmet({
  // Scripts only from the service's own files (and compiling its own WebAssembly: the camera's
  // barcode decoder); inline style for the app's style attributes (a bar's width) and the API
  // documentation page.
  contentSecurityPolicy: {
    directives: {
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      // The case editor shows a case's pictures, fetched with the token, as blob: addresses.
      'img-src': ["'self'", 'data:', 'blob:'],
      // The web app shows PDFs it fetched with the session's token (the case preview) as
      // blob: addresses, in a frame and read back; nothing from elsewhere.
      'frame-src': ["'self'", 'blob:'],
      'connect-src': ["'self'", 'blob:'],
    },
  },
});
