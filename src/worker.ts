import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { EnvironmentError, validateEnvironment } from './common/config/environment';
import { prepareRuntime } from './common/config/runtime';

/**
 * `npm run worker`: background jobs only (text messages, daily checks, print runs), no HTTP.
 * Run as many as needed, on any machines that reach the database.
 */
async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const runtime = await prepareRuntime(env);
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...runtime.settings, worker: true }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  await app.init();
  const stop = async (): Promise<void> => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
  console.log('Kazpost cases worker: running background jobs');
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
