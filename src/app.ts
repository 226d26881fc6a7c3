import multipart from '@fastify/multipart';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppSettings } from './common/config/settings';
import { JSON_BODY_LIMIT_BYTES, UPLOAD_LIMIT_BYTES } from './common/http/body-limits';
import { useBoundedJsonParser } from './common/http/json-body';
import { RouteTable } from './common/http/route-table';
import { setUpApiDocs } from './api-docs';
import { serveWebApp } from './common/http/web-app';
import { addSecurityHeaders } from './common/http/security-headers';
import { answerFrameworkError } from './common/http/framework-errors';
import { refuseMultipartOutsideUploads } from './common/http/uploads';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/validation/validation-pipe';

/** Builds the application exactly as it serves, for main.ts and for the e2e tests. */
export async function createApp(settings: AppSettings): Promise<INestApplication> {
  // Fastify rather than Express: it halves the framework's CPU time per request, which is
  // most of a scan's cost at the counter's rush hour (see BENCHMARKS.md).
  const adapter = new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    frameworkErrors: answerFrameworkError,
    ...(settings.trustProxy ? { trustProxy: settings.trustProxy } : {}),
  });
  const routes = new RouteTable();
  routes.listen(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(settings),
    adapter,
    // Our own JSON parser (json-body.ts) replaces the one Nest would register.
    { bufferLogs: true, bodyParser: false },
  );
  app.useLogger(app.get(Logger));
  const fastify = app.getHttpAdapter().getInstance();
  addSecurityHeaders(fastify);
  routes.refuseOtherMethods(fastify);
  useBoundedJsonParser(fastify);
  // Uploads are read by the route's interceptor after authentication, never before.
  await app.register(multipart, {
    limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 10, parts: 12 },
  });
  refuseMultipartOutsideUploads(fastify);
  // CORS stays closed unless origins are configured: the pages are served from the API itself.
  if (settings.corsOrigins.length > 0) app.enableCors({ origin: settings.corsOrigins });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(routes));
  await setUpApiDocs(app);
  await serveWebApp(app);
  return app;
}
