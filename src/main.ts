import 'reflect-metadata';
import { createApp } from './app';
import { EnvironmentError, validateEnvironment } from './common/config/environment';
import { prepareRuntime } from './common/config/runtime';

async function main(): Promise<void> {
  const env = validateEnvironment(process.env);
  const runtime = await prepareRuntime(env);
  const app = await createApp(runtime.settings);
  await app.listen(runtime.settings.port);
  const stopDatabase = async (): Promise<void> => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void stopDatabase());
  // Never the connection string: it holds the database password.
  if (!env.DATABASE_URL) console.log(`Embedded PostgreSQL: data in ${env.DATA_DIR}`);
  console.log(
    `Kazpost cases service on http://localhost:${runtime.settings.port} (Node ${process.version}; API docs at /docs)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvironmentError ? error.message : error);
  process.exit(1);
});
