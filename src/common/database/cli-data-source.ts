import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

/** For `npm run migration:*`: DATABASE_URL when set, else the same embedded database as `npm start`. */
async function cliDataSource(): Promise<DataSource> {
  const env = validateEnvironment(process.env);
  const url =
    env.DATABASE_URL ??
    (
      await startEmbeddedPostgres({
        dataDir: `${env.DATA_DIR}/pg`,
        port: env.EMBEDDED_PG_PORT,
        database: 'kazpost',
        persistent: true,
      })
    ).url;
  return new DataSource(dataSourceOptions(url));
}

export default cliDataSource();
