import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { prepareRuntime } from '../config/runtime';
import { dataSourceOptions } from './data-source-options';

/** For `npm run migration:*`: DATABASE_URL when set, else the same embedded database as `npm start`. */
async function cliDataSource(): Promise<DataSource> {
  const runtime = await prepareRuntime(validateEnvironment(process.env));
  return new DataSource(dataSourceOptions(runtime.settings.databaseUrl));
}

export default cliDataSource();
