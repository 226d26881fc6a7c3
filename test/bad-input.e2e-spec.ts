import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { createTestApp } from './support/app';
import {
  caseBody,
  createSchoolWorld,
  daysFromNow,
  dispatchCodes,
  post,
  SchoolWorld,
  server,
  unique,
  officePostcode,
} from './support/factories';

interface Schema {
  type?: string;
  $ref?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
}
interface Operation {
  parameters?: { name: string; in: string; schema: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
type Mutation = { label: string; value: unknown; benign?: boolean };

/** Text a person might really type: it may be accepted where free text is allowed. */
const BENIGN_TEXT: Mutation[] = [
  { label: 'emoji', value: 'Сәлем 😀👍', benign: true },
  { label: 'combining marks', value: 'Е\u0308ркін а\u0301', benign: true },
  { label: 'SQL injection', value: "x'); DROP TABLE students;--", benign: true },
  {
    label: 'HTML injection',
    value: '<script>alert(1)</script><img src=x onerror=alert(1)>',
    benign: true,
  },
];
const BAD_TEXT: Mutation[] = [
  { label: 'NUL', value: 'Ал\u0000ма' },
  { label: 'right-to-left override', value: 'abc\u202Egpj.exe' },
  { label: 'number for text', value: 12345 },
  { label: 'object for text', value: { $gt: '' } },
  { label: 'null', value: null },
];
const BAD_NUMBERS: Mutation[] = [
  { label: 'text for number', value: 'abc' },
  { label: 'negative', value: -1 },
  { label: 'enormous', value: 1e308 },
  { label: 'fraction', value: 1.5 },
  { label: 'null', value: null },
];
const BAD_ARRAYS: Mutation[] = [
  { label: 'text for array', value: 'x' },
  { label: 'array of nulls', value: [null] },
  { label: 'object for array', value: { 0: 'x' } },
];
const HUGE = 'ж'.repeat(500_000); // 1 MB of UTF-8

/**
 * Generated from the OpenAPI document: every route with a body or query gets wrong types,
 * missing and unknown fields, huge strings, unicode edge cases, injection strings, negative
 * and enormous numbers, malformed CSV and wrong content types. Nothing may answer 5xx, every
 * refusal has the contract's error shape, and a refused request changes nothing.
 */
describe('bad input, generated from the OpenAPI document (e2e)', () => {
  let app: INestApplication;
  let world: SchoolWorld;
  let db: Client;
  let document: {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  };
  const bodies: Record<string, () => Record<string, unknown>> = {};
  const pathValues: Record<string, string> = {};
  const tally = { tried: 0, refused: 0, accepted: 0, serverErrors: 0 };

  beforeAll(async () => {
    app = await createTestApp();
    world = await createSchoolWorld(app, { pupils: 2 });
    db = new Client({ connectionString: process.env.TEST_DATABASE_URL });
    await db.connect();
    const lessonCase = await post<{ id: string }>(
      app,
      world.teacher.token,
      '/cases',
      caseBody(world),
    );
    const [code] = await dispatchCodes(app, world);
    const duty = await post<{ id: string }>(app, world.deputy.token, '/collection-duties', {
      schoolId: world.schoolId,
      teacherId: world.teacher.id,
      postOfficeIds: [world.pupilOfficeId],
      startsOn: daysFromNow(0),
    });
    Object.assign(pathValues, { id: world.studentIds[0], code });
    const name = () => unique('Bad-input ');
    Object.assign(bodies, {
      'POST /auth/login': () => ({ login: world.teacher.login, password: 'wrong-password-1' }),
      'POST /post-offices': () => ({
        postcode: officePostcode(),
        name: name(),
        address: 'Абай 1',
        locality: 'Алматы',
      }),
      'POST /schools': () => ({
        name: name(),
        region: 'Алматы облысы',
        locality: 'Көктал',
        address: 'Мектеп 5',
        postOfficeId: world.officeId,
      }),
      'POST /staff': () => ({
        fullName: name(),
        role: 'teacher',
        schoolId: world.schoolId,
        login: unique('bad.'),
        password: 'a-good-password-1',
      }),
      'POST /classes': () => ({
        schoolId: world.schoolId,
        grade: 3,
        letter: `Z${Math.floor(Math.random() * 999)}`,
        language: 'kk',
      }),
      'POST /students': () => ({
        classId: world.classId,
        fullName: name(),
        address: 'Көктал',
        postcode: '050010',
        postOfficeId: world.pupilOfficeId,
        guardianName: 'Ата-ана',
        guardianPhone: '87011112233',
      }),
      'PATCH /students/{id}': () => ({ address: 'Көктал, жаңа үй', guardianName: name() }),
      'POST /cases': () => caseBody(world, { topic: name() }),
      'PATCH /cases/{id}': () => ({ topic: name(), estimatedMinutes: 20 }),
      'POST /dispatches': () => ({
        classId: world.classId,
        caseIds: [lessonCase.id],
        returnDueOn: daysFromNow(10),
        studentIds: [world.studentIds[0]],
      }),
      'POST /scans': () => ({ code, event: 'posted', clientId: unique('c') }),
      'POST /scans/batch': () => ({ scans: [{ code, event: 'posted' }] }),
      'POST /packets/{code}/review': () => ({
        caseReviews: [{ caseId: lessonCase.id, mark: 8, comment: name() }],
      }),
      'PATCH /packets/{code}/return-due-on': () => ({
        returnDueOn: daysFromNow(30),
        reason: name(),
      }),
      'POST /packets/{code}/redispatch': () => ({ returnDueOn: daysFromNow(30) }),
      'POST /collection-duties': () => ({
        schoolId: world.schoolId,
        teacherId: world.teacher.id,
        postOfficeIds: [world.officeId],
        startsOn: daysFromNow(400),
      }),
      'POST /collection-duties/{id}/rounds': () => ({
        postOfficeId: world.pupilOfficeId,
        collectedAt: new Date().toISOString(),
        codes: [],
      }),
    });
    pathValues.caseId = lessonCase.id;
    pathValues.dutyId = duty.id;
    document = (await request(server(app)).get('/docs-json').expect(200)).body as typeof document;
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    console.log(
      `bad inputs tried: ${tally.tried}; refused with 4xx: ${tally.refused}; benign text accepted: ${tally.accepted}; 5xx seen: ${tally.serverErrors}`,
    );
  });

  /** Rows of this school (and rows carrying the request's unique name), before and after. */
  async function fingerprint(marker: string): Promise<string> {
    const { rows } = await db.query<{ f: string }>(
      `SELECT concat_ws(',',
         (SELECT count(*) FROM staff WHERE school_id = $1), (SELECT count(*) FROM classes WHERE school_id = $1),
         (SELECT count(*) FROM students s JOIN classes c ON c.id = s.class_id WHERE c.school_id = $1),
         (SELECT max(s.updated_at)::text FROM students s JOIN classes c ON c.id = s.class_id WHERE c.school_id = $1),
         (SELECT count(*) FROM lesson_cases WHERE school_id = $1), (SELECT max(updated_at)::text FROM lesson_cases WHERE school_id = $1),
         (SELECT count(*) FROM dispatches WHERE school_id = $1), (SELECT count(*) FROM packets WHERE school_id = $1),
         (SELECT max(updated_at)::text FROM packets WHERE school_id = $1),
         (SELECT count(*) FROM packet_events e JOIN packets p ON p.id = e.packet_id WHERE p.school_id = $1),
         (SELECT count(*) FROM collection_duties WHERE school_id = $1), (SELECT count(*) FROM collection_rounds r JOIN collection_duties d ON d.id = r.duty_id WHERE d.school_id = $1),
         (SELECT count(*) FROM post_offices WHERE name = $2), (SELECT count(*) FROM schools WHERE name = $2)) AS f`,
      [world.schoolId, marker],
    );
    return rows[0].f;
  }

  const resolve = (schema: Schema): Schema =>
    schema.$ref ? document.components.schemas[schema.$ref.split('/').pop() as string] : schema;

  function mutationsFor(schema: Schema): Mutation[] {
    const resolved = resolve(schema);
    if (resolved.type === 'integer' || resolved.type === 'number') return BAD_NUMBERS;
    if (resolved.type === 'array') return BAD_ARRAYS;
    if (resolved.type === 'boolean') return [{ label: 'text for boolean', value: 'yes' }];
    if (resolved.type === 'object' || resolved.properties)
      return [
        { label: 'text for object', value: 'x' },
        { label: 'array for object', value: [] },
      ];
    return [...BAD_TEXT, ...BENIGN_TEXT, { label: 'huge string', value: HUGE }];
  }

  function urlOf(path: string): string {
    return path
      .replace(
        '{id}',
        path.startsWith('/cases')
          ? pathValues.caseId
          : path.startsWith('/collection-duties')
            ? pathValues.dutyId
            : pathValues.id,
      )
      .replace('{code}', pathValues.code);
  }

  async function attempt(
    method: string,
    fullUrl: string,
    fullLabel: string,
    send: (call: request.Test) => request.Test,
    marker: string,
    mayAccept: boolean,
  ): Promise<string | undefined> {
    const url = fullUrl.slice(0, 90);
    const label = fullLabel.slice(0, 50);
    const before = await fingerprint(marker);
    const agent = request(server(app));
    const call = agent[method as 'post'](fullUrl).set(
      'Authorization',
      `Bearer ${world.director.token}`,
    );
    const response = await send(call);
    tally.tried++;
    if (response.status >= 500) {
      tally.serverErrors++;
      return `${method.toUpperCase()} ${url} ${label}: ${response.status}`;
    }
    if (response.status < 400) {
      if (mayAccept) {
        tally.accepted++;
        return undefined;
      }
      return `${method.toUpperCase()} ${url} ${label}: accepted with ${response.status}`;
    }
    tally.refused++;
    const body = response.body as { statusCode?: number; error?: string; message?: string };
    // 414/431 come from Node's HTTP parser before the application sees the request.
    const parserRefusal = response.status === 414 || response.status === 431;
    if (!parserRefusal && (body.statusCode !== response.status || !body.error || !body.message))
      return `${method.toUpperCase()} ${url} ${label}: error not in the contract's shape`;
    if ((await fingerprint(marker)) !== before)
      return `${method.toUpperCase()} ${url} ${label}: refused but the database changed`;
    return undefined;
  }

  it('refuses bad bodies field by field, with nothing stored and no 5xx', async () => {
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const key = `${method.toUpperCase()} ${path}`;
        const json = operation.requestBody?.content['application/json'];
        if (!json || !bodies[key]) continue;
        const schema = resolve(json.schema);
        const url = urlOf(path);
        const run = async (label: string, body: unknown, mayAccept = false, marker = '') => {
          const problem = await attempt(
            method,
            url,
            label,
            (call) => call.send(body as object),
            marker,
            mayAccept,
          );
          if (problem) problems.push(problem);
        };
        // An empty PATCH changes nothing and is allowed.
        await run('empty body', {}, method === 'patch');
        await run('unknown field', { ...bodies[key](), isAdmin: true });
        await run('array body', [bodies[key]()]);
        const plain = await attempt(
          method,
          url,
          'text/plain body',
          (call) => call.set('Content-Type', 'text/plain').send(JSON.stringify(bodies[key]())),
          '',
          method === 'patch',
        );
        if (plain) problems.push(plain);
        for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
          for (const mutation of mutationsFor(fieldSchema)) {
            const base = bodies[key]();
            const marker = typeof base.name === 'string' ? base.name : '';
            const freeText =
              mutation.benign === true &&
              !/(Id|Ids|Code|code|login|On|At|Phone|language|role|event|letter|delivery)$/.test(
                field,
              );
            // A password may hold any character; an optional field may be null (not given).
            const anyText =
              field === 'password' &&
              typeof mutation.value === 'string' &&
              !mutation.value.includes('\u0000');
            const optionalNull =
              mutation.value === null && !(schema.required ?? []).includes(field);
            await run(
              `${field}: ${mutation.label}`,
              { ...base, [field]: mutation.value },
              freeText || anyText || optionalNull,
              marker,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(tally.serverErrors).toBe(0);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await request(server(app))
      .post('/students')
      .set('Authorization', `Bearer ${world.director.token}`)
      .send({ fullName: 'ж'.repeat(1_600_000) });
    expect(response.status).toBe(413);
    expect(response.body.message).toContain('too large');
  });

  it('says what is wrong with a body that is not JSON at all', async () => {
    const send = (body: string) =>
      request(server(app))
        .post('/scans')
        .set('Authorization', `Bearer ${world.clerk.token}`)
        .set('Content-Type', 'application/json')
        .send(body);
    const broken = await send('{"code": "RR');
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({
      statusCode: 400,
      message: 'The request body is not valid JSON.',
    });
    const empty = await send('');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toContain('empty');
  });

  it('refuses bad query parameters', async () => {
    const problems: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      const get = operations.get;
      const query = get?.parameters?.filter((p) => p.in === 'query') ?? [];
      for (const parameter of query) {
        const schema = resolve(parameter.schema);
        const bad =
          schema.type === 'integer' || schema.type === 'number'
            ? ['abc', '-1', '1e12', '1.5']
            : schema.enum
              ? ['nope', '\u0000']
              : [HUGE.slice(0, 1000), '2026-13-45', "1' OR '1'='1"];
        for (const value of bad) {
          const problem = await attempt(
            'get',
            `${urlOf(path)}?${parameter.name}=${encodeURIComponent(value)}`,
            `${parameter.name}=${value.slice(0, 20)}`,
            (call) => call,
            '',
            parameter.name === 'subjectCode' || parameter.name === 'entity'
              ? false
              : !['limit', 'offset', 'grade', 'asOf', 'schoolId', 'classId', 'language'].includes(
                  parameter.name,
                ),
          );
          if (problem) problems.push(problem);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('refuses malformed roster files and imports nothing', async () => {
    const cases: [string, Buffer][] = [
      ['binary', Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x42])],
      [
        'unbalanced quote',
        Buffer.from(
          'fullName,address,postcode,postOffice,guardianName,guardianPhone\n"Ә,Абай,050010,050010,Ата,87011112233\n',
        ),
      ],
      ['header only', Buffer.from('fullName,address\n')],
      ['empty', Buffer.alloc(0)],
      [
        'NUL in a name',
        Buffer.from(
          `fullName,address,postcode,postOffice,guardianName,guardianPhone\nӘ\u0000Б,Абай,050010,${world.officePostcode},Ата,87011112233\n`,
        ),
      ],
    ];
    for (const [label, content] of cases) {
      const problem = await attempt(
        'post',
        '/students/import',
        label,
        (call) =>
          call
            .field('classId', world.classId)
            .attach('file', content, { filename: 'r.csv', contentType: 'text/csv' }),
        '',
        false,
      );
      expect(problem).toBeUndefined();
    }
  });
});
