import { INestApplication } from '@nestjs/common';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { PERMISSIONS } from '@/auth/permissions';
import { ERROR_CODES } from '@/common/errors/error-codes';
import { generateMetadata, METADATA_FILE } from '../scripts/openapi-metadata';
import { CLIENT_TYPES_FILE, clientTypesFrom } from '../scripts/openapi-client';
import { createTestApp } from './support/app';
import { server } from './support/factories';

interface Response {
  content?: Record<string, { schema?: { $ref?: string } }>;
}
type Document = {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> };
};

/**
 * The OpenAPI document is complete: every operation's answers and errors are described
 * (test/support/contract.ts then checks every answer the e2e suites get against it).
 */
describe('the OpenAPI document (e2e)', () => {
  let app: INestApplication;
  let document: Document;

  beforeAll(async () => {
    app = await createTestApp();
    document = (await request(server(app)).get('/docs-json').expect(200)).body as Document;
  });
  afterAll(() => app.close());

  it('is built from type metadata that is up to date with the code', () => {
    expect(readFileSync(METADATA_FILE, 'utf8')).toBe(generateMetadata());
  }, 60_000);

  it('matches the web app’s generated client types (npm run openapi:client)', async () => {
    // openapi-typescript is ES modules only: Vitest loads it as it is, in this process.
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(await clientTypesFrom(document));
  }, 60_000);

  it('describes every success with a body schema and every error with ErrorBody', () => {
    const gaps: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, { responses }] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
        const successes = Object.keys(responses).filter((status) => status.startsWith('2'));
        if (successes.length === 0) gaps.push(`${route}: no success answer`);
        for (const status of successes)
          if (status !== '204' && !responses[status].content)
            gaps.push(`${route} ${status}: no body schema`);
        const errors = [400, 404, 405, 500, 503];
        if (PERMISSIONS[route] !== 'public') errors.push(401, 403);
        for (const status of errors) {
          const schema = responses[String(status)]?.content?.['application/json']?.schema;
          if (schema?.$ref !== '#/components/schemas/ErrorBody')
            gaps.push(`${route} ${status}: not described as ErrorBody`);
        }
      }
    }
    expect(gaps).toEqual([]);
  });

  it('lists every error code in the ErrorBody schema', () => {
    const codes = document.components.schemas.ErrorBody.properties?.code.enum;
    expect(codes?.sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it('states the formats and patterns the validators enforce', () => {
    const { schemas } = document.components;
    const field = (schema: string, name: string) =>
      (schemas[schema].properties as Record<string, Record<string, unknown>>)[name];
    expect(field('CreateStudentDto', 'classId')).toMatchObject({ format: 'uuid' });
    expect(field('CreateStudentDto', 'fullName')).toMatchObject({ minLength: 1, maxLength: 200 });
    expect(field('Student', 'postcode')).toMatchObject({
      pattern: '^(\\d{6}|[A-Z]\\d{2}[A-Z]\\d[A-Z]\\d)$',
    });
    expect(field('Student', 'guardianPhone')).toMatchObject({ pattern: '^\\+\\d{10,15}$' });
    expect(field('CreateClassDto', 'grade')).toMatchObject({
      type: 'integer',
      minimum: 0,
      maximum: 12,
    });
    expect(field('CreateDispatchDto', 'returnDueOn')).toMatchObject({ format: 'date' });
    expect(field('ScanDto', 'scannedAt')).toMatchObject({ format: 'date-time' });
    expect(field('PacketBrief', 'code')).toMatchObject({
      pattern: expect.stringContaining('[A-Z]{2}'),
    });
  });
});
