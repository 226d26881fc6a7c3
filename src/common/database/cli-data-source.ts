import { DataSource } from 'typeorm';
import { validateEnvironment } from '../config/environment';
import { prepareRuntime } from '../config/runtime';
import { dataSourceOptions } from './data-source-options';

/**
 * For `npm run migration:*`: DATABASE_URL when set, else the same embedded database as `npm start`.
 * The embedded database stops with the data source: `migration:revert` does not end the process
 * itself, and the database's child process would keep it running.
 */
async function cliDataSource(): Promise<DataSource> {
  const runtime = await prepareRuntime(validateEnvironment(process.env));
  const dataSource = new DataSource(dataSourceOptions(runtime.settings.databaseUrl));
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = async () => {
    await destroy();
    await runtime.stop();
  };
  return dataSource;
}

export default cliDataSource();
