import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsModule, ClsServiceManager } from 'nestjs-cls';

/**
 * The async context that carries a request's transaction (and its audit note) through the
 * services it calls, so none passes an entity manager along. No middleware is mounted: a
 * context opens where a transaction or an audited route begins, and the hot scan path pays
 * nothing for it.
 */
export const TransactionsModule = ClsModule.forRoot({
  global: true,
  plugins: [
    new ClsPluginTransactional({
      imports: [TypeOrmModule],
      adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
    }),
  ],
});

const AFTER_COMMIT = Symbol('after commit');

/**
 * Runs `work` inside a request whose transaction is committed only once `work` has resolved
 * (an audited route), then the tasks queued with `afterCommit` — none if it failed.
 */
export async function committingRequest<T>(work: () => Promise<T>): Promise<T> {
  const tasks: (() => void)[] = [];
  ClsServiceManager.getClsService().set(AFTER_COMMIT, tasks);
  const result = await work();
  for (const task of tasks) task();
  return result;
}

/**
 * What must wait until the change is committed (forgetting cached sessions, so a request in
 * between cannot cache the old account again): after the request's transaction commits, or
 * at once when the caller is in no such request.
 */
export function afterCommit(task: () => void): void {
  const cls = ClsServiceManager.getClsService();
  const tasks = cls.isActive() ? cls.get<(() => void)[] | undefined>(AFTER_COMMIT) : undefined;
  if (tasks) tasks.push(task);
  else task();
}
