import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppSettings } from './common/config/settings';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { createValidationPipe } from './common/validation/validation-pipe';

/** Builds the application exactly as it serves, for main.ts and for the e2e tests. */
export async function createApp(settings: AppSettings): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  // Answers are never cached by clients; an ETag would only cost a hash of every body.
  app.set('etag', false);
  app.use(
    helmet({
      // The scan station and dashboard are single files with inline script and style.
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  // CORS stays closed unless origins are configured: the pages are served from the API itself.
  if (settings.corsOrigins.length > 0) app.enableCors({ origin: settings.corsOrigins });
  app.useBodyParser('json', { limit: '2mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setUpApiDocs(app);
  return app;
}

function setUpApiDocs(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Kazpost paper cases')
    .setDescription(
      'Lesson cases sent to pupils by post: directory, cases, packets, scans, collection and reports.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
