import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths';

/** Where `npm run build` puts the staff web app (web/, built by Vite). */
export const WEB_APP_DIR = join(projectRoot(), 'web', 'dist');

/**
 * Serves the staff web app at /app/ on the API's own origin: its files as they are, and
 * index.html for every other /app/ address (the app's own screens), so a reloaded or
 * bookmarked screen opens. `/` leads there. Without a build (API-only work) nothing is served.
 */
export async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const index = join(WEB_APP_DIR, 'index.html');
  if (!existsSync(index)) return;
  await app.register(fastifyStatic, {
    root: WEB_APP_DIR,
    prefix: '/app/',
    wildcard: false,
    // The build writes .br and .gz beside each file; browsers that accept them get those.
    preCompressed: true,
  });
  const page = readFileSync(index);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', (_request, reply) => reply.redirect('/app/'));
  fastify.get('/app', (_request, reply) => reply.redirect('/app/'));
  // Browsers ask for /favicon.ico whatever the page says: the app's own icon answers.
  fastify.get('/favicon.ico', (_request, reply) => reply.redirect('/app/icon.svg'));
  fastify.get('/app/*', (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
}
