import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, get, SchoolWorld, server, unique } from './support/factories';

interface Refusal {
  code: string;
  message: string;
  details: { field?: string; errors?: { row: number; column: string; reason: string }[] };
}

/** Guardian phones are refused when entered unless texts may go to them (SMS_PHONE_PREFIXES). */
describe('guardian phones outside the SMS list (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 1 });
  });
  afterAll(() => app.close());

  const pupil = (guardianPhone: string) => ({
    classId: world.classId,
    fullName: unique('Әлиев '),
    address: 'Бірлік ауылы, Абай көшесі, 1',
    postcode: 'A15E3C5',
    postOfficeId: world.pupilOfficeId,
    guardianName: 'Әлиева Гүлнар',
    guardianPhone,
  });
  const create = (token: string, body: object, on = app) =>
    request(server(on)).post('/students').set('Authorization', `Bearer ${token}`).send(body);
  const upload = (csv: string, dryRun: boolean) =>
    request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('classId', world.classId)
      .field('dryRun', String(dryRun))
      .attach('file', Buffer.from(csv, 'utf8'), { filename: 'r.csv', contentType: 'text/csv' });

  it.each(['+44 7700 900123', '+1 202 555 0143', '+7 495 123 45 67', '+996 555 123 456'])(
    'refuses a new pupil whose guardian phone is %s, naming the field',
    async (phone) => {
      const response = await create(world.teacher.token, pupil(phone)).expect(400);
      const body = response.body as Refusal;
      expect(body).toMatchObject({
        code: 'student.phone_not_allowed',
        details: { field: 'guardianPhone', allowed: '+77' },
      });
      expect(body.message).toContain('guardianPhone');
      expect(body.message).toContain('+77');
    },
  );

  it('takes a Kazakhstan mobile, and refuses changing it to a foreign number', async () => {
    const added = await create(world.teacher.token, pupil('8 707 123 45 99')).expect(201);
    expect(added.body).toMatchObject({ guardianPhone: '+77071234599' });
    const id = (added.body as { id: string }).id;
    const refused = await request(server(app))
      .patch(`/students/${id}`)
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .send({ guardianPhone: '+882 1234 5678' })
      .expect(400);
    expect(refused.body).toMatchObject({
      code: 'student.phone_not_allowed',
      details: { field: 'guardianPhone' },
    });
    const kept = await get<{ guardianPhone: string }>(app, world.teacher.token, `/students/${id}`);
    expect(kept.guardianPhone).toBe('+77071234599');
  });

  it('marks the roster row whose phone texts cannot reach, and imports nothing', async () => {
    const header = 'fullName,address,postcode,postOffice,guardianName,guardianPhone';
    const row = (name: string, phone: string) =>
      `${name},Бірлік ауылы,A15E3C5,${world.pupilOfficePostcode},Әлиева Гүлнар,${phone}`;
    const csv = [
      header,
      row(unique('Қасымов '), '87011230001'),
      row(unique('Сейіт '), '+447700900123'),
    ]
      .join('\n')
      .concat('\n');
    const dry = await upload(csv, true).expect(200);
    expect((dry.body as Refusal['details']).errors).toEqual([
      expect.objectContaining({ row: 3, column: 'guardianPhone', reason: 'phone_not_allowed' }),
    ]);
    const real = await upload(csv, false).expect(400);
    expect(real.body).toMatchObject({ code: 'roster.bad_rows' });
  });

  it('follows the configured list: +996 allowed when SMS_PHONE_PREFIXES names it', async () => {
    const wider = await createTestApp({ SMS_PHONE_PREFIXES: '+77,+996' });
    try {
      const other = await createSchoolWorld(wider, { pupils: 0 });
      const body = { ...pupil('+996 555 123 456'), classId: other.classId };
      body.postOfficeId = other.pupilOfficeId;
      const added = await create(other.teacher.token, body, wider).expect(201);
      expect(added.body).toMatchObject({ guardianPhone: '+996555123456' });
    } finally {
      await wider.close();
    }
  });
});
