import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp } from './support/app';
import { createSchoolWorld, get, post, SchoolWorld, server, unique } from './support/factories';

const HEADER = 'fullName;address;postcode;postOffice;delivery;guardianName;guardianPhone';

function roster(rows: number, postOffice: string, tag: string): string[] {
  return Array.from(
    { length: rows },
    (_, i) =>
      `Оқушы ${tag} ${i};Көктал, Абай к. ${i};A15E3C5;${postOffice};pickup;Ата-ана ${i};8 701 000 ${String(i).padStart(4, '0')}`,
  );
}

describe('POST /students/import (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let officePostcode: string;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 0 });
    officePostcode = world.officePostcode;
  });
  afterAll(() => app.close());

  const upload = (csv: string, fields: Record<string, string>, token = world.teacher.token) => {
    const call = request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${token}`);
    for (const [key, value] of Object.entries(fields)) void call.field(key, value);
    return call.attach('file', Buffer.from(csv, 'utf8'), {
      filename: 'roster.csv',
      contentType: 'text/csv',
    });
  };
  const countInClass = async (): Promise<number> =>
    (await get<{ total: number }>(app, world.admin, `/students?classId=${world.classId}&limit=1`))
      .total;

  it('imports a 1,000-row class roster, saved by Excel with a BOM, in one request', async () => {
    const tag = unique('');
    const csv = `\uFEFF${HEADER}\r\n${roster(1000, officePostcode, tag).join('\r\n')}\r\n`;
    const response = await upload(csv, { classId: world.classId }).expect(201);
    expect(response.body).toEqual({
      imported: 1000,
      perClass: { '5 Ә': 1000 },
      updated: 0,
      unchanged: 0,
      left: 0,
      warnings: [],
    });
    expect(await countInClass()).toBe(1000);
  });

  it('previews a roster in a dry run: the rows it would add and every bad row, importing nothing', async () => {
    const before = await countInClass();
    const rows = roster(25, officePostcode, unique(''));
    rows[3] = rows[3].replace('A15E3C5', 'A15-E3C');
    rows[20] = rows[20].replace(/8 701 000 \d{4}/, '12');
    const csv = `${HEADER}\n${rows.join('\n')}`;
    const dry = await upload(csv, { classId: world.classId, dryRun: 'true' }).expect(200);
    expect(dry.body).toMatchObject({ dryRun: true, wouldImport: 0 });
    expect(dry.body.rows).toHaveLength(23);
    expect(dry.body.rows[0]).toMatchObject({ row: 2, classLabel: '5 Ә', postcode: 'A15E3C5' });
    const errors = dry.body.errors as { row: number; column: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'postcode'],
      [22, 'guardianPhone'],
    ]);
    expect(await countInClass()).toBe(before);
    const fixed = roster(25, officePostcode, unique(''));
    const clean = await upload(`${HEADER}\n${fixed.join('\n')}`, {
      classId: world.classId,
      dryRun: 'true',
    }).expect(200);
    expect(clean.body).toMatchObject({ wouldImport: 25, perClass: { '5 Ә': 25 }, errors: [] });
    expect(await countInClass()).toBe(before);
    const log = await get<{ items: { route: string }[] }>(
      app,
      world.director.token,
      '/audit?entity=student&limit=500',
    );
    expect(log.items.filter((e) => e.route === 'POST /students/import')).toHaveLength(1);
  });

  it('answers a large dry run with the counts, the bad rows and only the first good rows', async () => {
    const rows = roster(700, officePostcode, unique(''));
    rows[98] = rows[98].replace('A15E3C5', 'A15-E3C');
    rows[650] = rows[650].replace(/8 701 000 \d{4}/, '12');
    const dry = await upload(`${HEADER}\n${rows.join('\n')}`, {
      classId: world.classId,
      dryRun: 'true',
    }).expect(200);
    const body = dry.body as {
      lines: { row: number; outcome: string }[];
      rows: { row: number }[];
      errors: { row: number }[];
    };
    expect(dry.body).toMatchObject({ lineCount: 700, badLineCount: 2, errorCount: 2 });
    expect(body.errors.map((e) => e.row)).toEqual([100, 652]);
    const bad = body.lines.filter((l) => l.outcome === 'invalid').map((l) => l.row);
    expect(bad).toEqual([100, 652]);
    const good = body.lines.filter((l) => l.outcome !== 'invalid').map((l) => l.row);
    expect(good).toHaveLength(200);
    expect(good[0]).toBe(2);
    expect(good[199]).toBe(202);
    expect(body.rows.map((r) => r.row)).toEqual(good);
  });

  it('imports nothing when one row is bad, and names that row and column', async () => {
    const before = await countInClass();
    const rows = roster(50, officePostcode, unique(''));
    rows[36] = rows[36].replace('A15E3C5', 'A15-E3C');
    const response = await upload(`${HEADER}\n${rows.join('\n')}`, {
      classId: world.classId,
    }).expect(400);
    expect(response.body.details.errors).toEqual([
      {
        row: 38,
        column: 'postcode',
        reason: 'invalid',
        message: expect.stringContaining('"A15-E3C"'),
      },
    ]);
    expect(response.body.message).toContain('nothing was imported');
    expect(await countInClass()).toBe(before);
  });

  it('imports a whole school from a comma file with a class column', async () => {
    const other = await post<{ id: string }>(app, world.director.token, '/classes', {
      schoolId: world.schoolId,
      grade: 7,
      letter: 'Б',
      language: 'ru',
    });
    const csv = [
      `class,${HEADER.replace(/;/g, ',')}`,
      `5Ә,${unique('Ахметов ')},"Көктал, Абай к. 1",050010,${officePostcode},door,Ахметова,+77011234567`,
      `7 б,${unique('Иванов ')},"Көктал, Ленина 2",050010,${officePostcode},,Иванова,87011234568`,
    ].join('\n');
    const response = await upload(csv, { schoolId: world.schoolId }, world.director.token).expect(
      201,
    );
    expect(response.body).toMatchObject({ imported: 2, perClass: { '5 Ә': 1, '7 Б': 1 } });
    const seventh = await get<{ items: { delivery: string }[] }>(
      app,
      world.admin,
      `/students?classId=${other.id}`,
    );
    expect(seventh.items[0].delivery).toBe('pickup');
  });

  it('refuses an unknown class, a missing column, a missing file and another school', async () => {
    const unknownClass = await upload(
      `class,${HEADER.replace(/;/g, ',')}\n9Z,A,B,050010,${officePostcode},,C,87011234567`,
      { schoolId: world.schoolId },
      world.director.token,
    ).expect(400);
    expect(unknownClass.body.details.errors[0]).toMatchObject({ row: 2, column: 'class' });
    const noColumn = await upload('fullName;address\nA;B', { classId: world.classId }).expect(400);
    expect(noColumn.body.message).toContain('postcode');
    const noFile = await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('classId', world.classId)
      .expect(400);
    expect(noFile.body.message).toContain('"file"');
    const other = await createSchoolWorld(app, { pupils: 0 });
    await upload(`${HEADER}\n${roster(1, officePostcode, 'x').join('\n')}`, {
      classId: other.classId,
    }).expect(404);
  });

  it('refuses a file over 10 MB, a second file and a file sent as text, importing nobody', async () => {
    const before = await countInClass();
    const tooBig = await upload('x'.repeat(11 * 1024 * 1024), { classId: world.classId }).expect(
      413,
    );
    expect(tooBig.body).toMatchObject({ code: 'request.body_too_large' });
    expect(tooBig.body.message).toContain('at most 10 MB');
    const twoFiles = await upload(`${HEADER}\n${roster(1, officePostcode, 'two').join('\n')}`, {
      classId: world.classId,
    })
      .attach('second', Buffer.from(HEADER), 'second.csv')
      .expect(400);
    expect(twoFiles.body).toMatchObject({ code: 'request.upload_invalid' });
    expect(twoFiles.body.message).toContain('one file');
    const asText = await request(server(app))
      .post('/students/import')
      .set('Authorization', `Bearer ${world.teacher.token}`)
      .field('classId', world.classId)
      .field('file', `${HEADER}\n${roster(1, officePostcode, 'text').join('\n')}`)
      .expect(400);
    expect(asText.body.message).toContain('uploaded CSV file');
    expect(await countInClass()).toBe(before);
  });

  it('adds nobody twice when the same roster is imported again', async () => {
    const csv = `${HEADER}\n${roster(3, officePostcode, unique('')).join('\n')}`;
    await upload(csv, { classId: world.classId }).expect(201);
    const before = await countInClass();
    const again = await upload(csv, { classId: world.classId }).expect(201);
    expect(again.body).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    expect(await countInClass()).toBe(before);
  });

  it('warns of namesakes with other guardians in the preview and the answer, and tells them apart again', async () => {
    const name = unique('Аттас Бала ');
    const row = (phone: string, guardian: string) =>
      `${name};Көктал, Абай к. 9;A15E3C5;${officePostcode};pickup;${guardian};${phone}`;
    const csv = `${HEADER}\n${row('8 701 555 00 01', 'Ана')}\n${row('8 701 555 00 02', 'Әке')}`;
    const warning = {
      column: 'fullName',
      reason: 'namesake',
      message: expect.stringContaining(name),
    };
    const dry = await upload(csv, { classId: world.classId, dryRun: 'true' }).expect(200);
    expect(dry.body).toMatchObject({
      wouldImport: 2,
      errors: [],
      warningCount: 2,
      warnings: [
        { row: 2, ...warning },
        { row: 3, ...warning },
      ],
    });
    const before = await countInClass();
    const imported = await upload(csv, { classId: world.classId }).expect(201);
    expect(imported.body).toMatchObject({ imported: 2, warnings: [{ row: 2 }, { row: 3 }] });
    expect(await countInClass()).toBe(before + 2);
    const again = await upload(csv, { classId: world.classId }).expect(201);
    expect(again.body).toMatchObject({ imported: 0, unchanged: 2 });
    // The same child twice is still refused.
    const twice = `${HEADER}\n${row('8 701 555 00 01', 'Ана')}\n${row('8 701 555 00 01', 'Ана')}`;
    const refused = await upload(twice, { classId: world.classId }).expect(400);
    expect(refused.body.details.errors).toEqual([
      expect.objectContaining({ row: 3, column: 'fullName', reason: 'repeated' }),
    ]);
  });
});
