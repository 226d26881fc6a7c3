import { INestApplication } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import { backdate, createSchoolWorld, dispatchCodes, get, scan, server } from './support/factories';
import { startWorker } from './support/server-process';
import { TestSmsCentre } from './support/smpp-server';

describe('workers as their own processes (e2e)', () => {
  let app: INestApplication;
  let centre: TestSmsCentre;
  let databaseUrl: string;
  let workerEnv: Record<string, string>;
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    centre = new TestSmsCentre();
    await centre.start();
    databaseUrl = await createOwnDatabase('workers');
    workerEnv = {
      ...centre.env,
      SMS_QUIET_HOURS: 'none',
      JOB_LEASE_SECONDS: '2',
    };
    // The API process only sends jobs; the workers run them.
    app = await createTestApp({ DATABASE_URL: databaseUrl, JOB_LEASE_SECONDS: '2' });
  });
  afterAll(async () => {
    for (const worker of workers) worker.kill('SIGKILL');
    await app.close();
    await centre.stop();
  });

  it('sends exactly one message when the worker is killed in the middle of sending it', async () => {
    centre.hangBinds = true;
    workers.push(await startWorker(databaseUrl, workerEnv));
    const world = await createSchoolWorld(app, { pupils: 1 });
    const phone = '+77075550001';
    await request(server(app))
      .patch(`/students/${world.studentIds[0]}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ guardianPhone: phone })
      .expect(200);
    const [code] = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', [code], 1);
    await scan(app, world.clerk.token, { code, event: 'posted' });
    expect((await scan(app, world.pupilClerk.token, { code, event: 'arrived' })).status).toBe(201);

    // The worker took the job and is connecting to the SMS centre: it dies there.
    await waitFor(() => centre.binds.length > 0);
    workers[0].kill('SIGKILL');
    centre.hangBinds = false;
    // The clerk scans the packet again meanwhile: still one message.
    await scan(app, world.pupilClerk.token, { code, event: 'arrived' });
    workers.push(await startWorker(databaseUrl, workerEnv));

    const delivered = async (): Promise<{ status: string }[]> =>
      (await get<{ items: { status: string }[] }>(app, world.teacher.token, '/notifications'))
        .items;
    await waitFor(async () => (await delivered())[0]?.status === 'delivered', 60_000);
    expect((await delivered()).map((m) => m.status)).toEqual(['delivered']);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(centre.to(phone)).toHaveLength(1);
  });
});

async function waitFor(done: () => boolean | Promise<boolean>, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
