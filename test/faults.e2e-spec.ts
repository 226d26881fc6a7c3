import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createTestApp, TEST_ADMIN } from './support/app';
import { DatabaseProcess, startDatabaseProcess } from './support/database-process';
import { kill, serverPort, send, startServer } from './support/server-process';
import { caseBody, createSchoolWorld, daysFromNow, get, post, server } from './support/factories';
import { waitFor } from './support/wait';

interface HeldSession {
  pid: number;
  query: string;
  inTransaction: boolean;
  wroteDispatch: boolean;
}

/** The sessions waiting for a lock session `holder` holds: what each runs, whether it wrote a dispatch. */
async function heldBy(db: Client, holder: number): Promise<HeldSession[]> {
  const { rows } = await db.query<HeldSession>(
    `SELECT a.pid, a.query, a.xact_start IS NOT NULL AS "inTransaction",
              EXISTS (SELECT 1 FROM pg_locks l WHERE l.pid = a.pid AND l.granted
                         AND l.relation = 'dispatches'::regclass AND l.mode = 'RowExclusiveLock') AS "wroteDispatch"
         FROM pg_stat_activity a WHERE $1 = ANY(pg_blocking_pids(a.pid))`,
    [holder],
  );
  return rows;
}

describe('faults (e2e)', () => {
  describe('the server process killed mid-work', () => {
    let app: INestApplication;
    let db: Client;
    /** Holds rows locked in a transaction of its own, so the server's work stops where the test says. */
    let holder: Client;
    let holderPid: number;
    const HELD = 200;

    beforeAll(async () => {
      app = await createTestApp();
      db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      holder = new Client({ connectionString: process.env.TEST_DATABASE_URL });
      await db.connect();
      await holder.connect();
      holderPid = (await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
        .pid;
    });
    afterAll(async () => {
      await holder.end();
      await db.end();
      await app.close();
    });

    it('loses and doubles no scan of a batch, and leaves no half dispatch, after restart and client retry', async () => {
      const world = await createSchoolWorld(app, { pupils: 0 });
      const header = 'fullName,address,postcode,postOffice,guardianName,guardianPhone';
      const rows = Array.from(
        { length: 450 },
        (_, i) => `Оқушы ${i},Көктал ${i},A15E3C5,${world.officePostcode},Ата-ана,87010000000`,
      );
      await request(server(app))
        .post('/students/import')
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .field('classId', world.classId)
        .attach('file', Buffer.from([header, ...rows].join('\n')), {
          filename: 'r.csv',
          contentType: 'text/csv',
        })
        .expect(201);
      const caseId = (
        await post<{ id: string }>(app, world.teacher.token, '/cases', caseBody(world))
      ).id;
      const first = await post<{ packets: { code: string }[] }>(
        app,
        world.teacher.token,
        '/dispatches',
        { classId: world.classId, caseIds: [caseId], returnDueOn: daysFromNow(7) },
      );
      const scans = first.packets.map((p, i) => ({
        code: p.code,
        event: 'posted',
        clientId: `station-9:${i}`,
      }));

      const port = serverPort();
      const url = `http://127.0.0.1:${port}`;
      let child = await startServer(process.env.TEST_DATABASE_URL, port);
      // The test holds the packet of scan HELD and the S10 counter: the batch stops at that
      // scan, and the dispatch's transaction, its dispatch row written, waits for its serials.
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM s10_counters FOR UPDATE');
      await holder.query('SELECT 1 FROM packets WHERE code = $1 FOR UPDATE', [scans[HELD].code]);
      const inFlight = Promise.allSettled([
        send(url, '/scans/batch', world.clerk.token, { scans }),
        send(url, '/dispatches', world.teacher.token, {
          classId: world.classId,
          caseIds: [caseId],
          returnDueOn: daysFromNow(9),
          confirmRepeat: true,
        }),
      ]);
      const held = await waitFor(
        () => heldBy(db, holderPid),
        (rows) => rows.length === 2,
        {
          what: 'the batch and the dispatch to wait on the held rows',
        },
      );
      const dispatching = held.find((row) => row.query.includes('s10_counters'));
      expect(dispatching).toMatchObject({ inTransaction: true, wroteDispatch: true });
      await kill(child);
      const interrupted = await inFlight;
      await holder.query('ROLLBACK');
      // The killed process's sessions end once what they were running is over.
      await waitFor(
        () =>
          db.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [held.map((r) => r.pid)]),
        ({ rows }) => rows.length === 0,
        { what: "the killed server's sessions to end" },
      );
      const {
        rows: [midway],
      } = await db.query<{ posted: string }>(
        `SELECT count(*) AS posted FROM packet_events e JOIN packets p ON p.id = e.packet_id WHERE p.dispatch_id = (SELECT dispatch_id FROM packets WHERE code = $1)`,
        [scans[0].code],
      );
      // The scans before the held one were each committed; the held one's statement was already
      // in the database when the process died, so it finished on its own.
      expect(Number(midway.posted)).toBe(HELD + 1);
      // Every dispatch of the class is whole: its packets are all there or it does not exist.
      const { rows: dispatches } = await db.query<{ packet_count: number; made: string }>(
        `SELECT d.packet_count, (SELECT count(*) FROM packets p WHERE p.dispatch_id = d.id) AS made FROM dispatches d WHERE d.class_id = $1`,
        [world.classId],
      );
      for (const d of dispatches) expect(Number(d.made)).toBe(d.packet_count);
      // The dispatch killed mid-transaction left nothing: the class has only the first one.
      expect(dispatches).toHaveLength(1);

      child = await startServer(process.env.TEST_DATABASE_URL, port);
      try {
        const retried = await send(url, '/scans/batch', world.clerk.token, { scans });
        const result = retried.body as {
          applied: number;
          duplicates: number;
          failed: number;
        };
        expect(result.failed).toBe(0);
        expect(result.applied + result.duplicates).toBe(scans.length);
        expect(result.duplicates).toBe(Number(midway.posted));
        const { rows: events } = await db.query<{ code: string; n: string }>(
          `SELECT p.code, count(e.id) AS n FROM packets p LEFT JOIN packet_events e ON e.packet_id = p.id AND e.event = 'posted' WHERE p.code = ANY($1) GROUP BY p.code`,
          [scans.map((s) => s.code)],
        );
        expect(events.filter((e) => e.n !== '1')).toEqual([]);
        const again = await send(url, '/dispatches', world.teacher.token, {
          classId: world.classId,
          caseIds: [caseId],
          returnDueOn: daysFromNow(9),
          confirmRepeat: true,
        });
        expect(again.status).toBe(201);
      } finally {
        await kill(child);
      }
      console.log(
        `killed mid-work: ${midway.posted} of ${scans.length} scans had been applied; batch ${interrupted[0].status}, dispatch ${interrupted[1].status}`,
      );
    });
  });

  describe('the database dropping and returning', () => {
    let database: DatabaseProcess;
    let app: INestApplication;

    beforeAll(async () => {
      database = await startDatabaseProcess('fault-pg');
      app = await createTestApp({ DATABASE_URL: database.url });
    });
    afterAll(async () => {
      await app?.close();
      await database?.end();
    });

    it('answers 503 while the database is gone and works again when it returns, without a restart', async () => {
      const { accessToken: token } = await post<{ accessToken: string }>(
        app,
        '',
        '/auth/login',
        TEST_ADMIN,
        200,
      );
      await get(app, token, '/subjects?grade=5&language=kk');
      await database.command('stop', 'stopped');
      const down = await request(server(app))
        .get('/subjects?grade=5&language=kk')
        .set('Authorization', `Bearer ${token}`);
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({
        statusCode: 503,
        error: 'Service Unavailable',
        message: expect.stringContaining('try again'),
      });
      expect((await request(server(app)).get('/health')).status).toBe(503);
      await database.command('start', 'ready');
      const back = await get<{ total: number }>(app, token, '/subjects?grade=5&language=kk');
      expect(back.total).toBeGreaterThan(5);
      expect((await request(server(app)).get('/health')).status).toBe(200);
    });
  });
});
