import { INestApplication } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, get, post, SchoolWorld, server, unique } from './support/factories';

interface Pupil {
  id: string;
  fullName: string;
  guardianPhone: string;
  address: string;
  active: boolean;
}
interface AuditRow {
  targetId: string | null;
  route: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

/** The roster's template and its Kazakh headers, a re-import, and pupils corrected by hand. */
describe('pupils: the roster template, re-imports and corrections (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
  });
  afterAll(() => app.close());

  const upload = (csv: string, fields: Record<string, string>) => {
    const call = request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.director.token}`);
    for (const [key, value] of Object.entries(fields)) void call.field(key, value);
    return call.attach('file', Buffer.from(csv, 'utf8'), {
      filename: 'r.csv',
      contentType: 'text/csv',
    });
  };
  const template = (query: string) =>
    request(server(app))
      .get(`/students/import/template.csv?${query}`)
      .set('Authorization', `Bearer ${world.director.token}`);
  const pupils = async (): Promise<Pupil[]> =>
    (await get<{ items: Pupil[] }>(app, world.director.token, `/students?classId=${world.classId}`))
      .items;
  const patch = (id: string, body: object) =>
    request(server(app))
      .patch(`/students/${id}`)
      .set('Authorization', `Bearer ${world.director.token}`)
      .send(body);
  const auditOf = async (id: string): Promise<AuditRow[]> =>
    (
      await get<{ items: AuditRow[] }>(app, world.director.token, '/audit?entity=student&limit=500')
    ).items.filter((row) => row.targetId === id);

  /** The template's rows with the example replaced by real pupils (its headers kept). */
  async function filledTemplate(
    names: string[],
    phone = '8 701 555 00 0',
    language = 'kk',
    door = 'үйге дейін',
  ): Promise<string> {
    const response = await template(`language=${language}`).expect(200);
    const [header] = parse(response.text.replace(/^\uFEFF/, ''), { delimiter: ';' });
    const rows = names.map((name, i) =>
      [
        name,
        `Көктал, Абай к. ${i + 1}`,
        'A15E3C5',
        world.officePostcode,
        door,
        'Ата-ана',
        `${phone}${i}`,
      ].join(';'),
    );
    return `\uFEFF${header.join(';')}\r\n${rows.join('\r\n')}\r\n`;
  }

  it('gives the template in Kazakh and Russian: BOM, headers in the language, one example row', async () => {
    const kk = await template('language=kk').expect(200);
    expect(kk.headers['content-type']).toContain('text/csv');
    expect(kk.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Оқушылар тізімі.csv')}`,
    );
    expect(kk.text.startsWith('\uFEFF')).toBe(true);
    const kkRows = parse(kk.text.slice(1), { delimiter: ';' });
    expect(kkRows).toHaveLength(2);
    expect(kkRows[0]).toEqual([
      'Аты-жөні',
      'Мекенжайы',
      'Индекс',
      'Пошта бөлімшесі',
      'Жеткізу',
      'Ата-анасы',
      'Ата-анасының телефоны',
    ]);
    const ru = await template('language=ru&scope=school').expect(200);
    const ruRows = parse(ru.text.slice(1), { delimiter: ';' });
    expect(ruRows[0].slice(0, 2)).toEqual(['Класс', 'ФИО']);
    const bad = await template('language=en').expect(400);
    expect(bad.body).toMatchObject({ code: 'request.invalid' });
    expect(bad.body.details.fields[0].field).toBe('language');
  });

  it('imports the filled template with Kazakh headers; its example row left in is refused', async () => {
    const names = [unique('Әлиев '), unique('Қасымова ')];
    const csv = await filledTemplate(names);
    const dry = await upload(csv, { classId: world.classId, dryRun: 'true' }).expect(200);
    expect(dry.body.columns).toEqual([
      'fullName',
      'address',
      'postcode',
      'postOffice',
      'delivery',
      'guardianName',
      'guardianPhone',
    ]);
    expect(dry.body.lines[0]).toEqual({
      row: 2,
      cells: expect.objectContaining({ fullName: names[0], delivery: 'үйге дейін' }),
      outcome: 'add',
    });
    const done = await upload(csv, { classId: world.classId }).expect(201);
    expect(done.body).toMatchObject({ imported: 2, updated: 0 });
    const added = (await pupils()).find((p) => p.fullName === names[0]);
    expect(added).toMatchObject({ guardianPhone: '+77015550000' });

    const withExample = (await template('language=kk').expect(200)).text;
    const refused = await upload(withExample, { classId: world.classId }).expect(400);
    // (Its office postcode may be another problem where several test offices share it.)
    expect(refused.body.details.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 2, column: 'fullName', reason: 'example' }),
      ]),
    );
  });

  it('gives a Kyrgyz template and imports it filled in, its example row refused', async () => {
    const ky = await template('language=ky').expect(200);
    expect(ky.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Окуучулардын тизмеси.csv')}`,
    );
    const [header, example] = parse(ky.text.slice(1), { delimiter: ';' });
    expect(header).toEqual([
      'Аты-жөнү',
      'Дареги',
      'Индекс',
      'Почта бөлүмү',
      'Жеткирүү',
      'Ата-энеси',
      'Ата-энесинин телефону',
    ]);
    const refused = await upload(ky.text, { classId: world.classId, dryRun: 'true' }).expect(200);
    expect(refused.body.lines[0]).toMatchObject({ row: 2, cells: { fullName: example[0] } });
    expect(refused.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ column: 'fullName', reason: 'example' })]),
    );

    const names = [unique('Асанов Азамат '), unique('Токтогулова Айпери ')];
    const csv = await filledTemplate(names, '8 701 555 01 0', 'ky', 'үйгө чейин');
    const done = await upload(csv, { classId: world.classId }).expect(201);
    expect(done.body).toMatchObject({ imported: 2, updated: 0 });
    const added = (await pupils()).find((p) => p.fullName === names[1]);
    expect(added).toMatchObject({ delivery: 'door', guardianPhone: '+77015550101' });
  });

  it('reports every problem of a row at once: a bad postcode and an unknown office together', async () => {
    const csv = `Аты-жөні;Мекенжайы;Индекс;Пошта бөлімшесі;Ата-анасы;ТЕЛЕФОН РОДИТЕЛЯ\n${unique('Бала ')};Көктал;12-34;999999;Ата;87011112233\n`;
    const response = await upload(csv, { classId: world.classId }).expect(400);
    expect(response.body.code).toBe('roster.bad_rows');
    expect(
      (response.body.details.errors as { column: string; reason: string }[]).map((e) => [
        e.column,
        e.reason,
      ]),
    ).toEqual([
      ['postcode', 'invalid'],
      ['postOffice', 'unknown'],
    ]);
  });

  it('re-imports a class: pupils on the list are updated or left alone, a leaver is not brought back', async () => {
    const names = [unique('Өмірзақ '), unique('Үсенова '), unique('Ілиясов ')];
    await upload(await filledTemplate(names), { classId: world.classId }).expect(201);
    const [first, , third] = names;
    const leaver = (await pupils()).find((p) => p.fullName === third) as Pupil;
    await patch(leaver.id, { active: false }).expect(200);
    const changed = (await filledTemplate(names)).replace('8 701 555 00 00', '8 701 555 99 99');
    const dry = await upload(changed.replace(first, first.toUpperCase()), {
      classId: world.classId,
      dryRun: 'true',
    }).expect(200);
    const lines = dry.body.lines as { outcome: string; before?: Record<string, string> }[];
    expect(lines.map((l) => l.outcome)).toEqual(['update', 'unchanged', 'left']);
    // The preview shows what the correction replaces beside what the file says.
    expect(lines.map((l) => l.before)).toEqual([
      { guardianPhone: '+77015550000' },
      undefined,
      undefined,
    ]);
    expect(dry.body).toMatchObject({
      wouldImport: 0,
      wouldUpdate: 1,
      unchanged: 1,
      left: 1,
      errors: [],
    });
    const before = (await pupils()).length;
    const done = await upload(changed, { classId: world.classId }).expect(201);
    expect(done.body).toMatchObject({ imported: 0, updated: 1, unchanged: 1, left: 1 });
    const all = await pupils();
    expect(all).toHaveLength(before);
    const updated = all.find((p) => p.fullName === first) as Pupil;
    expect(updated.guardianPhone).toBe('+77015559999');
    expect(all.find((p) => p.id === leaver.id)?.active).toBe(false);
    const audit = await auditOf(updated.id);
    expect(audit[0]).toMatchObject({
      route: 'POST /students/import',
      changes: { guardianPhone: { before: '+77015550000', after: '+77015559999' } },
    });
  });

  it('refuses the same child twice in a class, by hand or by correction, and names them', async () => {
    const body = {
      classId: world.classId,
      fullName: unique('Нұрланов Ерасыл '),
      address: 'Көктал, Абай к. 5',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Нұрланова Айгүл',
      guardianPhone: '8 701 777 11 22',
    };
    const first = await post<Pupil>(app, world.director.token, '/students', body);
    const again = await post<{ code: string; details: { studentId: string } }>(
      app,
      world.director.token,
      '/students',
      {
        ...body,
        fullName: `  ${body.fullName.toUpperCase()} `,
        guardianPhone: '+7 (701) 777-11-22',
      },
      409,
    );
    expect(again).toMatchObject({ code: 'student.duplicate', details: { studentId: first.id } });
    const namesake = await post<Pupil>(app, world.director.token, '/students', {
      ...body,
      guardianPhone: '8 701 777 11 23',
      confirmNamesake: true,
    });
    const collision = await patch(namesake.id, { guardianPhone: '87017771122' }).expect(409);
    expect(collision.body.message).toContain(body.fullName);
  });

  it('asks before adding a namesake with another guardian, and adds them once confirmed', async () => {
    const body = {
      classId: world.classId,
      fullName: unique('Сейітов Арман '),
      address: 'Көктал, Абай к. 6',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Сейітова Мәдина',
      guardianPhone: '8 701 777 55 66',
    };
    const first = await post<Pupil>(app, world.director.token, '/students', body);
    const other = {
      ...body,
      fullName: body.fullName.toLowerCase(),
      guardianName: 'Сейітов Бақыт',
      guardianPhone: '8 701 777 55 67',
    };
    const asked = await post<{ code: string; message: string; details: object }>(
      app,
      world.director.token,
      '/students',
      other,
      409,
    );
    expect(asked).toMatchObject({
      code: 'student.namesake',
      details: { field: 'fullName', studentId: first.id, guardianName: 'Сейітова Мәдина' },
    });
    expect(asked.message).toContain(body.fullName);
    const pupils = async () =>
      (
        await get<{ items: Pupil[] }>(
          app,
          world.director.token,
          `/students?classId=${world.classId}&limit=500`,
        )
      ).items.filter((p) => p.fullName.toLowerCase() === body.fullName.toLowerCase());
    expect(await pupils()).toHaveLength(1);
    await post<Pupil>(app, world.director.token, '/students', { ...other, confirmNamesake: true });
    expect(await pupils()).toHaveLength(2);
    // A pupil who left the class is no namesake of a newcomer.
    const left = { ...body, fullName: unique('Кеткен Оқушы ') };
    const gone = await post<Pupil>(app, world.director.token, '/students', left);
    await patch(gone.id, { active: false }).expect(200);
    await post<Pupil>(app, world.director.token, '/students', {
      ...left,
      guardianPhone: '8 701 777 55 68',
    });
  });

  it('adds the same child once when five clerks send them at the same moment', async () => {
    const body = {
      classId: world.classId,
      fullName: unique('Бірдей Бала '),
      address: 'Көктал, Абай к. 7',
      postcode: 'A15E3C5',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Ата-ана',
      guardianPhone: '8 701 777 33 44',
    };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        request(server(app))
          .post('/students')
          .set('Authorization', `Bearer ${world.director.token}`)
          .send(body),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect((await pupils()).filter((p) => p.fullName === body.fullName)).toHaveLength(1);
  });

  it('corrects a pupil, marks them as left and brings them back, each step audited with the before value', async () => {
    const pupil = await post<Pupil>(app, world.director.token, '/students', {
      classId: world.classId,
      fullName: unique('Сейтқали '),
      address: 'Көктал, Бірлік к. 3',
      postcode: '050010',
      postOfficeId: world.pupilOfficeId,
      guardianName: 'Сейтқалиева',
      guardianPhone: '8 702 000 11 22',
    });
    await patch(pupil.id, { address: 'Көктал, Бірлік к. 4' }).expect(200);
    await patch(pupil.id, { active: false }).expect(200);
    const back = await patch(pupil.id, { active: true }).expect(200);
    expect(back.body).toMatchObject({ active: true, address: 'Көктал, Бірлік к. 4' });
    const changes = (await auditOf(pupil.id)).map((row) => row.changes).reverse();
    expect(changes.slice(1)).toEqual([
      { address: { before: 'Көктал, Бірлік к. 3', after: 'Көктал, Бірлік к. 4' } },
      { active: { before: true, after: false } },
      { active: { before: false, after: true } },
    ]);
    const bad = await patch(pupil.id, { active: 'yes' }).expect(400);
    expect(bad.body.details.fields[0].field).toBe('active');
  });
});
