import { ClsServiceManager } from 'nestjs-cls';
import { afterCommit, committingRequest, onRollback } from './transactions';

describe('work that waits for the commit', () => {
  const cls = ClsServiceManager.getClsService();

  it('runs after the request has succeeded, in the order queued', async () => {
    const done: string[] = [];
    await cls.run(() =>
      committingRequest(async () => {
        afterCommit(() => done.push('first'));
        await cls.run({ ifNested: 'inherit' }, async () => {
          afterCommit(() => done.push('second'));
          await Promise.resolve();
        });
        done.push('work');
      }),
    );
    expect(done).toEqual(['work', 'first', 'second']);
  });

  it('never runs when the request fails', async () => {
    const done: string[] = [];
    const failing = cls.run(() =>
      committingRequest(async () => {
        afterCommit(() => done.push('forgotten'));
        await Promise.resolve();
        throw new Error('rolled back');
      }),
    );
    await expect(failing).rejects.toThrow('rolled back');
    expect(done).toEqual([]);
  });

  it('runs at once outside such a request', () => {
    const done: string[] = [];
    afterCommit(() => done.push('outside any context'));
    cls.run(() => afterCommit(() => done.push('in a context with no request')));
    expect(done).toEqual(['outside any context', 'in a context with no request']);
  });

  it('runs the undo steps only when the request fails', async () => {
    const undone: string[] = [];
    await cls.run(() =>
      committingRequest(async () => {
        onRollback(() => undone.push('kept'));
        await Promise.resolve();
      }),
    );
    const failing = cls.run(() =>
      committingRequest(async () => {
        onRollback(() => undone.push('stored file removed'));
        await Promise.resolve();
        throw new Error('rolled back');
      }),
    );
    await expect(failing).rejects.toThrow('rolled back');
    expect(undone).toEqual(['stored file removed']);
  });
});
