import type { MockInstance } from 'vitest';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { Clock } from '@/common/clock';
import { addDays, localDate } from '@/common/dates';
import { morningOf } from '@/notifications/send-window';
import { NotificationsSweep } from '@/notifications/notifications-sweep';
import { DailyChecks } from '@/notifications/daily-checks';
import { createTestApp } from './support/app';
import { createOwnDatabase } from './support/own-database';
import {
  backdate,
  createSchoolWorld,
  dispatchCodes,
  get,
  SchoolWorld,
  scan,
  server,
} from './support/factories';
import { TestSmsCentre } from './support/smpp-server';
import { waitForDrainedQueue } from './support/job-queue';
import { waitFor } from './support/wait';
import { SEND_NOTIFICATION_JOB } from '@/jobs/outbox-announcer';

interface Message {
  kind: string;
  studentId: string | null;
  status: string;
  statusReason: string | null;
  packetCode: string | null;
  phone: string | null;
  body: string | null;
  segments: number | null;
  notBefore: string;
}

const CAP = 4;

describe('text messages to guardians (e2e, a real SMPP server)', () => {
  let app: INestApplication;
  let centre: TestSmsCentre;
  let clock: MockInstance<() => Date>;
  let databaseUrl: string;
  const tomorrow = addDays(localDate(), 1);
  /** A fixed day time after the real now, so every message written now is already due. */
  const noon = new Date(morningOf(tomorrow).getTime() + 3 * 3_600_000);

  beforeAll(async () => {
    centre = new TestSmsCentre();
    await centre.start();
    databaseUrl = await createOwnDatabase('notifications');
    app = await createTestApp({
      DATABASE_URL: databaseUrl,
      WORKER: 'on',
      ...centre.env,
      SMS_DAILY_CAP_PER_SCHOOL: String(CAP),
    });
    clock = vi.spyOn(app.get(Clock), 'now').mockReturnValue(noon);
  });
  afterAll(async () => {
    await app.close();
    await centre.stop();
  });

  /** A class whose packets have arrived at the pupils' office, each guardian with a phone of their own. */
  async function arrivedClass(
    language: 'kk' | 'ru',
    pupils: number,
  ): Promise<{ world: SchoolWorld; codes: string[]; phones: string[] }> {
    const world = await createSchoolWorld(app, { language, pupils });
    const phones: string[] = [];
    for (const id of world.studentIds) {
      const phone = `+7707${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
      await request(server(app))
        .patch(`/students/${id}`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send({ guardianPhone: phone })
        .expect(200);
      phones.push(phone);
    }
    const codes = await dispatchCodes(app, world, 14, {
      language,
      subjectCode: language === 'ru' ? 'russian_language' : 'kazakh_language',
    });
    await backdate(app, 'packets', 'code', codes, 1);
    for (const code of codes) {
      expect((await scan(app, world.clerk.token, { code, event: 'posted' })).status).toBe(201);
      expect((await scan(app, world.pupilClerk.token, { code, event: 'arrived' })).status).toBe(
        201,
      );
    }
    return { world, codes, phones };
  }

  const messages = async (world: SchoolWorld, query = ''): Promise<Message[]> =>
    (await get<{ items: Message[] }>(app, world.teacher.token, `/notifications?${query}`)).items;

  /** Every send job has run, so what the centre got is all it will get. */
  const sendsDone = (): Promise<void> => waitForDrainedQueue(databaseUrl, SEND_NOTIFICATION_JOB);

  it('sends one message per arrival in the class language, whatever the re-scans', async () => {
    const { world, codes, phones } = await arrivedClass('kk', 2);
    // The clerk scans the same packet again, and again in the batch of an offline station.
    await scan(app, world.pupilClerk.token, { code: codes[1], event: 'arrived' });
    await request(server(app))
      .post('/scans/batch')
      .set('Authorization', `Bearer ${world.pupilClerk.token}`)
      .send({ scans: [{ code: codes[1], event: 'arrived' }] })
      .expect(200);
    const sent = await waitFor(
      () => messages(world),
      (items) => items.length === 2 && items.every((m) => m.status === 'delivered'),
    );
    expect(sent.map((m) => m.status)).toEqual(['delivered', 'delivered']);
    await app.get(NotificationsSweep).run();
    await sendsDone();
    // Pupil 0 is delivered to the door, pupil 1 collects at the office.
    expect(centre.to(phones[0])).toHaveLength(1);
    expect(centre.to(phones[1])).toHaveLength(1);
    expect(centre.to(phones[0])[0].text).toContain('пошташы үйге әкеледі');
    const pickup = centre.to(phones[1])[0];
    expect(pickup.text).toMatch(
      new RegExp(
        `^Б пакеті ${world.pupilOfficePostcode} поштасында күтуде\\. Тапсыру мерзімі: \\d\\d\\.\\d\\d\\.$`,
      ),
    );
    expect(pickup.dataCoding).toBe(8);
    const history = await messages(world, `packetCode=${codes[1]}`);
    expect(history).toEqual([
      expect.objectContaining({
        kind: 'packet_arrived',
        status: 'delivered',
        phone: phones[1],
        body: pickup.text,
        segments: 1,
      }),
    ]);
  });

  it('holds a message due at 23:00 until 09:00 the next morning', async () => {
    const night = new Date(morningOf(tomorrow).getTime() + 14 * 3_600_000);
    clock.mockReturnValue(night);
    try {
      const { world, phones } = await arrivedClass('ru', 1);
      const [held] = await waitFor(
        () => messages(world),
        (items) => items[0]?.status === 'held',
      );
      expect(held).toMatchObject({ status: 'held', statusReason: 'quiet_hours' });
      expect(new Date(held.notBefore)).toEqual(morningOf(addDays(tomorrow, 1)));
      // The deputy sees what will go out and where, before it goes.
      expect(held.phone).toBe(phones[0]);
      expect(held.body).toContain('почтальон принесёт домой');
      expect(await app.get(NotificationsSweep).run()).toBe(0);
      expect(centre.to(phones[0])).toHaveLength(0);

      clock.mockReturnValue(morningOf(addDays(tomorrow, 1)));
      expect(await app.get(NotificationsSweep).run()).toBeGreaterThanOrEqual(1);
      const [sent] = await waitFor(
        () => messages(world),
        (items) => items[0]?.status === 'delivered',
      );
      expect(sent.status).toBe('delivered');
      expect(centre.to(phones[0])).toHaveLength(1);
      expect(centre.to(phones[0])[0].text).toContain('почтальон принесёт домой');
    } finally {
      clock.mockReturnValue(noon);
    }
  });

  it('skips a held message whose packet moved on before the morning, saying why', async () => {
    const night = new Date(morningOf(tomorrow).getTime() + 14 * 3_600_000);
    clock.mockReturnValue(night);
    try {
      const { world, codes, phones } = await arrivedClass('kk', 2);
      await waitFor(
        () => messages(world),
        (items) => items.length === 2 && items.every((m) => m.status === 'held'),
      );
      // Overnight, one family took their packet: its "waits at the post office" is now untrue.
      expect(
        (await scan(app, world.pupilClerk.token, { code: codes[1], event: 'delivered' })).status,
      ).toBe(201);
      clock.mockReturnValue(morningOf(addDays(tomorrow, 1)));
      await app.get(NotificationsSweep).run();
      const settled = await waitFor(
        () => messages(world),
        (items) => items.every((m) => m.status === 'delivered' || m.status === 'skipped'),
      );
      const byCode = Object.fromEntries(settled.map((m) => [m.packetCode, m]));
      expect(byCode[codes[1]]).toMatchObject({
        status: 'skipped',
        statusReason: 'packet_moved_on',
      });
      expect(byCode[codes[0]].status).toBe('delivered');
      await sendsDone();
      expect(centre.to(phones[1])).toHaveLength(0);
      expect(centre.to(phones[0])).toHaveLength(1);
    } finally {
      clock.mockReturnValue(noon);
    }
  });

  it("keeps a school's daily cap: the rest wait for the next morning", async () => {
    const { world, phones } = await arrivedClass('kk', CAP + 2);
    const items = await waitFor(
      () => messages(world),
      (list) =>
        list.length === CAP + 2 &&
        list.every((m) => m.status === 'delivered' || m.status === 'held'),
    );
    await sendsDone();
    expect(items.filter((m) => m.status === 'delivered')).toHaveLength(CAP);
    const held = items.filter((m) => m.status === 'held');
    expect(held).toHaveLength(2);
    expect(held.every((m) => m.statusReason === 'daily_cap')).toBe(true);
    expect(phones.reduce((n, phone) => n + centre.to(phone).length, 0)).toBe(CAP);
  });

  it('sends nothing to a guardian who opted out, and records why', async () => {
    const world = await createSchoolWorld(app, { language: 'kk', pupils: 1 });
    const phone = '+77071112233';
    await request(server(app))
      .patch(`/students/${world.studentIds[0]}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ guardianPhone: phone, smsOptOut: true })
      .expect(200);
    const [code] = await dispatchCodes(app, world);
    await backdate(app, 'packets', 'code', [code], 1);
    await scan(app, world.clerk.token, { code, event: 'posted' });
    await scan(app, world.pupilClerk.token, { code, event: 'arrived' });
    const [skipped] = await waitFor(
      () => messages(world),
      (items) => items[0]?.status === 'skipped',
    );
    expect(skipped).toMatchObject({ status: 'skipped', statusReason: 'opted_out' });
    expect(centre.to(phone)).toHaveLength(0);
  });

  it('texts only Kazakhstan mobiles by default, naming the pupil by letters only', async () => {
    const world = await createSchoolWorld(app, { language: 'ru', pupils: 2 });
    const [foreign, kazakh] = ['+447700900123', '+77071234599'];
    const pupil = (id: string, body: object): Promise<unknown> =>
      request(server(app))
        .patch(`/students/${id}`)
        .set('Authorization', `Bearer ${world.teacher.token}`)
        .send(body)
        .expect(200);
    // Numbers like this are refused when entered now; one stored before the rule stays.
    await app
      .get(DataSource)
      .query('UPDATE students SET guardian_phone = $1 WHERE id = $2', [
        foreign,
        world.studentIds[0],
      ]);
    await pupil(world.studentIds[1], { guardianPhone: kazakh, fullName: 'Иванов bit.ly/prize-kz' });
    const codes = await dispatchCodes(app, world, 14, {
      language: 'ru',
      subjectCode: 'russian_language',
    });
    await backdate(app, 'packets', 'code', codes, 1);
    for (const code of codes) {
      await scan(app, world.clerk.token, { code, event: 'posted' });
      await scan(app, world.pupilClerk.token, { code, event: 'arrived' });
    }
    const items = await waitFor(
      () => messages(world),
      (found) =>
        found.length === 2 &&
        found.every((m) => ['skipped', 'sent', 'delivered'].includes(m.status)),
    );
    const byPhone = (phone: string): Message | undefined =>
      items.find((m) => m.studentId === world.studentIds[phone === foreign ? 0 : 1]);
    expect(byPhone(foreign)).toMatchObject({
      status: 'skipped',
      statusReason: 'phone_not_allowed',
    });
    expect(centre.to(foreign)).toHaveLength(0);
    expect(byPhone(kazakh)?.body).toContain('bitlyprizekz');
    expect(byPhone(kazakh)?.body).not.toContain('bit.ly');
    expect(byPhone(kazakh)?.segments).toBe(1);
  });

  it('records a refused number as failed with the reason, without retrying it', async () => {
    const { world, phones } = await (async () => {
      centre.refuse.add('77070000001');
      const created = await createSchoolWorld(app, { language: 'ru', pupils: 1 });
      await request(server(app))
        .patch(`/students/${created.studentIds[0]}`)
        .set('Authorization', `Bearer ${created.teacher.token}`)
        .send({ guardianPhone: '+77070000001' })
        .expect(200);
      const [code] = await dispatchCodes(app, created, 14, {
        language: 'ru',
        subjectCode: 'russian_language',
      });
      await backdate(app, 'packets', 'code', [code], 1);
      await scan(app, created.clerk.token, { code, event: 'posted' });
      await scan(app, created.pupilClerk.token, { code, event: 'arrived' });
      return { world: created, phones: ['+77070000001'] };
    })();
    const [failed] = await waitFor(
      () => messages(world, 'status=failed'),
      (items) => items.length === 1,
    );
    expect(failed.statusReason).toContain('0x0000000b');
    await sendsDone();
    expect(await messages(world, 'status=failed')).toEqual([failed]);
    expect(centre.to(phones[0])).toHaveLength(0);
    expect(centre.submitted.filter((to) => `+${to}` === phones[0])).toHaveLength(1);
  });

  it('records a delivery receipt that comes before the answer to the submit', async () => {
    centre.receiptFirst = true;
    try {
      const { world } = await arrivedClass('kk', 1);
      // Recorded once the message is marked sent: the receipt waits as a job and is tried again.
      const [message] = await waitFor(
        () => messages(world),
        (items) => items[0]?.status === 'delivered',
      );
      expect(message.status).toBe('delivered');
    } finally {
      centre.receiptFirst = false;
    }
  });

  it('writes the daily reminders once, however often the checks run', async () => {
    const world = await createSchoolWorld(app, { language: 'kk', pupils: 2 });
    const codes = await dispatchCodes(app, world, 2);
    await backdate(app, 'packets', 'code', codes, 1);
    for (const code of codes) await scan(app, world.clerk.token, { code, event: 'posted' });
    const checks = app.get(DailyChecks);
    await checks.run();
    await checks.run();
    const due = await waitFor(
      () => messages(world, 'kind=return_due'),
      (items) => items.length === 2 && items.every((m) => m.status === 'delivered'),
    );
    expect(due.map((m) => m.status)).toEqual(['delivered', 'delivered']);
    expect(due[0].body).toMatch(/жұмысты поштаға \d\d\.\d\d дейін тапсырыңыз/);
  });

  it('shows a school only its own messages and checks its filters', async () => {
    const world = await createSchoolWorld(app, { pupils: 1 });
    expect(await messages(world)).toEqual([]);
    await request(server(app))
      .get('/notifications?status=lost')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .expect(400);
    await request(server(app))
      .get('/notifications')
      .set('Authorization', `Bearer ${world.clerk.token}`)
      .expect(403);
  });
});
