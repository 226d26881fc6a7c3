import { INestApplication } from '@nestjs/common';
import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import { backdate, createSchoolWorld, dispatchCodes, get, scan, server } from './support/factories';
import { startWorker } from './support/server-process';
import { TestSmsCentre } from './support/smpp-server';
import { waitForDrainedQueue } from './support/job-queue';
import { waitFor } from './support/wait';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';

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
    await waitFor(() => centre.binds.length > 0, Boolean, { what: 'the worker to bind' });
    workers[0].kill('SIGKILL');
    centre.hangBinds = false;
    // The clerk scans the packet again meanwhile: still one message.
    await scan(app, world.pupilClerk.token, { code, event: 'arrived' });
    workers.push(await startWorker(databaseUrl, workerEnv));

    const delivered = async (): Promise<{ status: string }[]> =>
      (await get<{ items: { status: string }[] }>(app, world.teacher.token, '/notifications'))
        .items;
    await waitFor(delivered, (items) => items[0]?.status === 'delivered', {
      what: 'the message to be delivered',
      timeoutMs: 60_000,
    });
    // Every send job has run (a doubled one too), so the centre has all it will ever get.
    await waitForDrainedQueue(databaseUrl, SEND_NOTIFICATION_JOB);
    expect((await delivered()).map((m) => m.status)).toEqual(['delivered']);
    expect(centre.to(phone)).toHaveLength(1);
  });
});
