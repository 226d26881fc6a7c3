import type { MockInstance } from 'vitest';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { Clock } from '@/common/clock';
import { JobQueue } from '@/jobs/job-queue';
import { KAZPOST_SWEEP_JOB, KazpostSweep } from '@/kazpost/kazpost-sweep';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import { TestKazpost } from './support/kazpost-server';
import {
  backdate,
  createSchoolWorld,
  dispatchCodes,
  get,
  SchoolWorld,
  scan,
  server,
} from './support/factories';
import { waitFor } from './support/wait';

interface Event {
  event: string;
  source: 'staff' | 'kazpost';
  occurredAt: string;
  postOfficeId: string | null;
  actorId: string | null;
  kazpost?: { operation: string; postcode: string | null; officeName: string | null };
}
interface Packet {
  status: string;
  events: Event[];
}
interface Status {
  enabled: boolean;
  lastReachedAt: string | null;
  lastFailure: string | null;
  consecutiveFailures: number;
  pausedUntil: string | null;
  trackedPackets: number;
  unknownCodes: string[];
}

const HOUR = 3_600_000;
const SORTING_CENTRE = { zip: '050000', name: 'Алматы СЦ' };

describe('packets tracked from Kazpost (e2e, a local server in Kazpost format)', () => {
  let app: INestApplication;
  let kazpost: TestKazpost;
  let clock: MockInstance<() => Date>;
  /** The service's now; moved forward so packets come due again. */
  let now = Date.now();

  beforeAll(async () => {
    kazpost = new TestKazpost();
    await kazpost.start();
    app = await createTestApp({
      DATABASE_URL: await createOwnDatabase('kazpost'),
      KAZPOST_TRACKING_URL: kazpost.url,
      KAZPOST_REQUESTS_PER_MINUTE: '6000',
      KAZPOST_TIMEOUT_SECONDS: '1',
    });
    clock = vi.spyOn(app.get(Clock), 'now').mockImplementation(() => new Date(now));
  });
  afterAll(async () => {
    clock.mockRestore();
    await app.close();
    await kazpost.stop();
  });

  /** The next sweep finds every packet due: the service's clock moves past the latest check. */
  async function sweep(): Promise<ReturnType<KazpostSweep['run']>> {
    now += 13 * HOUR;
    return app.get(KazpostSweep).run();
  }

  async function postedClass(pupils = 2): Promise<{ world: SchoolWorld; codes: string[] }> {
    const world = await createSchoolWorld(app, { pupils });
    const codes = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', codes, 3);
    return { world, codes };
  }

  const packet = (world: SchoolWorld, code: string): Promise<Packet> =>
    get<Packet>(app, world.teacher.token, `/packets/${code}`);
  const status = (world: SchoolWorld): Promise<Status> =>
    get<Status>(app, world.admin, '/kazpost/status');
  const arrivalMessages = async (world: SchoolWorld, code: string): Promise<unknown[]> =>
    (
      await get<{ items: { kind: string }[] }>(
        app,
        world.teacher.token,
        `/notifications?packetCode=${code}`,
      )
    ).items.filter((m) => m.kind === 'packet_arrived' || m.kind === 'packet_on_way');

  const pupilsOffice = (world: SchoolWorld): { zip: string; name: string } => ({
    zip: world.pupilOfficePostcode,
    name: 'Бірлік ауылы БПБ',
  });

  /** Kazpost's usual record of a letter: accepted, sorted, carried, arrived, handed over. */
  function journey(world: SchoolWorld, code: string, steps = 5): Date[] {
    const start = Date.now() - 2.5 * 24 * HOUR;
    const times = [0, 2, 20, 30, 40].map((hours) => new Date(start + hours * HOUR));
    const ops: [string, { zip: string; name: string }][] = [
      ['RCPOPS', { zip: world.officePostcode, name: 'Көктал БПБ' }],
      ['SRTSND', SORTING_CENTRE],
      ['TRNRPO', SORTING_CENTRE],
      ['TRNRPO', pupilsOffice(world)],
      ['ISSSC', pupilsOffice(world)],
    ];
    ops.slice(0, steps).forEach(([op, office], i) => kazpost.record(code, op, times[i], office));
    return times;
  }

  it('tracks a class to delivery with no station scan, at Kazpost times and offices', async () => {
    const { world, codes } = await postedClass();
    const times = codes.map((code) => journey(world, code));
    const summary = await sweep();
    expect(summary).toEqual(expect.objectContaining({ failed: 0, recorded: 6 }));
    for (const [i, code] of codes.entries()) {
      const seen = await packet(world, code);
      expect(seen.status).toBe('delivered');
      expect(seen.events.map((e) => [e.event, e.source, e.kazpost?.operation])).toEqual([
        ['posted', 'kazpost', 'RCPOPS'],
        ['arrived', 'kazpost', 'TRNRPO'],
        ['delivered', 'kazpost', 'ISSSC'],
      ]);
      expect(seen.events.map((e) => new Date(e.occurredAt).getTime())).toEqual(
        [times[i][0], times[i][3], times[i][4]].map((t) => Math.floor(t.getTime() / 1000) * 1000),
      );
      expect(seen.events.map((e) => e.postOfficeId)).toEqual([
        world.officeId,
        world.pupilOfficeId,
        world.pupilOfficeId,
      ]);
      expect(seen.events.every((e) => e.actorId === null)).toBe(true);
      expect(await arrivalMessages(world, code)).toHaveLength(1);
    }
    // Delivered: the postal part is over, Kazpost is not asked about them again.
    kazpost.asked.length = 0;
    await sweep();
    expect(kazpost.asked.filter((code) => codes.includes(code))).toEqual([]);
    expect((await status(world)).lastReachedAt).not.toBeNull();
  });

  it('makes a station scan and Kazpost record of the same step one event', async () => {
    const { world, codes } = await postedClass(1);
    const [code] = codes;
    const times = journey(world, code);
    const minuteAfter = (i: number): string => new Date(times[i].getTime() + 60_000).toISOString();
    const posted = { code, event: 'posted', scannedAt: minuteAfter(0) };
    expect((await scan(app, world.clerk.token, posted)).status).toBe(201);
    const arrived = { code, event: 'arrived', scannedAt: minuteAfter(3) };
    expect((await scan(app, world.pupilClerk.token, arrived)).status).toBe(201);
    await sweep();
    const seen = await packet(world, code);
    expect(seen.events.map((e) => [e.event, e.source])).toEqual([
      ['posted', 'staff'],
      ['arrived', 'staff'],
      ['delivered', 'kazpost'],
    ]);
    // The other way round: Kazpost first, then the clerk scans the same step.
    const again = await scan(app, world.pupilClerk.token, { code, event: 'delivered' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(expect.objectContaining({ transition: 'duplicate' }));
    expect(await arrivalMessages(world, code)).toHaveLength(1);
  });

  it('shows a hand-over at another office on the packet page instead of merging it', async () => {
    const { world, codes } = await postedClass(1);
    const [code] = codes;
    const times = journey(world, code, 4);
    kazpost.record(code, 'ISSSC', new Date(times[3].getTime() + HOUR), {
      zip: '050010',
      name: 'Алматы 10',
    });
    await sweep();
    expect((await packet(world, code)).status).toBe('arrived');
    for (const token of [world.teacher.token, world.pupilClerk.token]) {
      const tracking = await get<{ disagreements: unknown[]; lastCheckedAt: string | null }>(
        app,
        token,
        `/packets/${code}/kazpost`,
      );
      expect(tracking.lastCheckedAt).not.toBeNull();
      expect(tracking.disagreements).toEqual([
        expect.objectContaining({
          kind: 'other_office',
          event: 'delivered',
          operation: 'ISSSC',
          postcode: '050010',
          ourStatus: 'arrived',
        }),
      ]);
    }
    // Asked again, Kazpost says the same: still one note.
    await sweep();
    const tracking = await get<{ disagreements: unknown[] }>(
      app,
      world.teacher.token,
      `/packets/${code}/kazpost`,
    );
    expect(tracking.disagreements).toHaveLength(1);
  });

  it('shows Kazpost handing over a letter it had returned, without merging it', async () => {
    const { world, codes } = await postedClass(1);
    const [code] = codes;
    const times = journey(world, code, 4);
    kazpost.record(code, 'NONDLV', new Date(times[3].getTime() + HOUR), pupilsOffice(world));
    kazpost.record(code, 'RET', new Date(times[3].getTime() + 2 * HOUR), pupilsOffice(world));
    kazpost.record(code, 'ISSSC', new Date(times[3].getTime() + 3 * HOUR), pupilsOffice(world));
    await sweep();
    const seen = await packet(world, code);
    expect(seen.status).toBe('undeliverable');
    expect(seen.events.map((e) => [e.event, e.kazpost?.operation])).toEqual([
      ['posted', 'RCPOPS'],
      ['arrived', 'TRNRPO'],
      ['undeliverable', 'RET'],
    ]);
    const tracking = await get<{ disagreements: unknown[] }>(
      app,
      world.teacher.token,
      `/packets/${code}/kazpost`,
    );
    expect(tracking.disagreements).toEqual([
      expect.objectContaining({
        kind: 'conflicting_step',
        event: 'delivered',
        operation: 'ISSSC',
        ourStatus: 'undeliverable',
      }),
    ]);
  });

  it('passes over unknown codes, empty histories and garbled answers, and reports them', async () => {
    const { world, codes } = await postedClass(4);
    const [unknown, empty, garbled, wrongShape] = codes;
    kazpost.record(unknown, 'ZZNEW', new Date(Date.now() - HOUR), pupilsOffice(world));
    kazpost.known(empty);
    kazpost.behave(garbled, 'malformed');
    kazpost.behave(wrongShape, 'wrong_shape');
    const summary = await sweep();
    expect(summary.failed).toBe(2);
    for (const code of codes) expect((await packet(world, code)).status).toBe('created');
    const seen = await status(world);
    expect(seen.unknownCodes).toContain('ZZNEW');
    expect(seen.lastFailure).toMatch(new RegExp(`^(${garbled}|${wrongShape}): `));
    expect(seen.consecutiveFailures).toBe(0);
    // Kazpost answers properly again: the garbled packet's history is read in full.
    kazpost.behave(garbled, 'history');
    journey(world, garbled, 1);
    await sweep();
    expect((await packet(world, garbled)).status).toBe('posted');
  });

  it('loses nothing while Kazpost is down or slow, sends no message twice, never holds a scan', async () => {
    const { world, codes } = await postedClass(2);
    codes.forEach((code) => journey(world, code, 4));
    kazpost.everyone = 'down';
    const down = await sweep();
    expect(down.stopped).toBe('Kazpost answered 503');
    let seen = await status(world);
    expect(seen.consecutiveFailures).toBe(1);
    expect(seen.pausedUntil).not.toBeNull();
    // Paused: the next sweep asks nothing until the pause is over.
    kazpost.asked.length = 0;
    await app.get(KazpostSweep).run();
    expect(kazpost.asked).toEqual([]);

    kazpost.everyone = 'slow';
    let swept = false;
    const sweeping = sweep().finally(() => (swept = true));
    // A clerk scans while the sweep waits on Kazpost: the scan is answered before it ends.
    const response = await scan(app, world.clerk.token, { code: codes[1], event: 'posted' });
    expect(response.status).toBe(201);
    expect(swept).toBe(false);
    const slow = await sweeping;
    expect(slow.stopped).toBe('no answer from Kazpost within 1 s');
    seen = await status(world);
    expect(seen.consecutiveFailures).toBe(2);

    kazpost.everyone = 'history';
    await sweep();
    for (const code of codes) {
      const tracked = await packet(world, code);
      expect(tracked.status).toBe('arrived');
      // One event per step, whoever recorded it (the clerk's scan of codes[1] is today's).
      expect(tracked.events.map((e) => e.event).sort()).toEqual(['arrived', 'posted']);
      expect(await arrivalMessages(world, code)).toHaveLength(1);
    }
    // Asked again after Kazpost came back twice over: nothing doubled.
    await sweep();
    for (const code of codes) expect(await arrivalMessages(world, code)).toHaveLength(1);
    seen = await status(world);
    expect(seen.consecutiveFailures).toBe(0);
    expect(seen.pausedUntil).toBeNull();
  });

  it('asks nothing of Kazpost unless configured', async () => {
    const off = await createTestApp();
    try {
      const admin = (await createSchoolWorld(off, { pupils: 1 })).admin;
      const response = await request(server(off))
        .get('/kazpost/status')
        .set('Authorization', `Bearer ${admin}`)
        .expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({ enabled: false, requestsPerMinute: null, trackedPackets: 0 }),
      );
    } finally {
      await off.close();
    }
  });

  it('runs the sweep as a job on the queue, taken by a worker', async () => {
    const worker = await createTestApp({
      DATABASE_URL: await createOwnDatabase('kazpost_worker'),
      WORKER: 'on',
      KAZPOST_TRACKING_URL: kazpost.url,
      KAZPOST_REQUESTS_PER_MINUTE: '6000',
    });
    try {
      const world = await createSchoolWorld(worker, { pupils: 1 });
      const [code] = await dispatchCodes(worker, world);
      await backdate(worker, 'packets', 'code', [code], 3);
      kazpost.record(code, 'RCPOPS', new Date(Date.now() - HOUR), {
        zip: world.officePostcode,
        name: 'Көктал БПБ',
      });
      await worker.get(JobQueue).send(KAZPOST_SWEEP_JOB, {});
      const packet = await waitFor(
        () => get<Packet>(worker, world.teacher.token, `/packets/${code}`),
        (now) => now.status === 'posted',
        { what: 'the sweep job to record the posting' },
      );
      expect(packet.status).toBe('posted');
    } finally {
      await worker.close();
    }
  });
});
