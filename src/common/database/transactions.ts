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
const ON_ROLLBACK = Symbol('on rollback');

/**
 * Runs `work` inside a request whose transaction is committed only once `work` has resolved
 * (an audited route), then the tasks queued with `afterCommit`; if it failed, none of those
 * but the tasks queued with `onRollback` instead.
 */
export async function committingRequest<T>(work: () => Promise<T>): Promise<T> {
  const tasks: (() => void)[] = [];
  const undo: (() => void)[] = [];
  const cls = ClsServiceManager.getClsService();
  cls.set(AFTER_COMMIT, tasks);
  cls.set(ON_ROLLBACK, undo);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    for (const task of undo) task();
    throw error;
  }
  for (const task of tasks) task();
  return result;
}

/**
 * What undoes, outside the database, a step of a change that then failed (a stored file no
 * row will name): run if the request's transaction rolls back; nothing outside such a request.
 */
export function onRollback(task: () => void): void {
  const cls = ClsServiceManager.getClsService();
  const undo = cls.isActive() ? cls.get<(() => void)[] | undefined>(ON_ROLLBACK) : undefined;
  undo?.push(task);
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
