import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ERROR_CODES } from '@/common/errors/error-codes';
import { PERMISSIONS } from '@/auth/permissions';
import metadata from '@/openapi-metadata';
import { S10_PATTERN } from '@/packets/s10';

/** The statuses an operation can answer besides its success, by kind of operation. */
const ALWAYS = [400, 404, 405, 500, 503];
const SIGNED_IN = [401, 403];
const WRITES = [409, 413, 415, 422];
const METHODS_WITH_BODY = ['post', 'patch', 'put'];
/** Routes with a limit that answers 429 and Retry-After: logins, PDFs, print runs, S10 codes. */
const LIMITED = new Set([
  'POST /auth/login',
  'POST /cases/preview.pdf',
  'POST /cases/:id/images',
  'POST /packets/:code/review/preview.pdf',
  'GET /packets/:code/pdf',
  'GET /dispatches/:id/packets.pdf',
  'GET /dispatches/:id/manifest.pdf',
  'POST /print-jobs',
  'POST /dispatches',
  'POST /dispatches/batch',
  'POST /packets/:code/reprint',
  'POST /packets/:code/redispatch',
]);

/**
 * The OpenAPI document at /docs and /docs-json: every body and answer from the types
 * (openapi-metadata.ts), every error status with the error body and its codes.
 */
export async function setUpApiDocs(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('Kazpost paper cases')
    .setDescription(
      'Lesson cases sent to pupils by post: directory, cases, packets, scans, collection and reports. Every error answers the ErrorBody schema; its `code` is listed in docs/errors.md.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = closeRequestBodies(withErrorAnswers(SwaggerModule.createDocument(app, config)));
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return document;
}

function withErrorAnswers(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.schemas ??= {};
  document.components.schemas.ErrorBody = ERROR_BODY;
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations) as [string, OperationLike][]) {
      if (!operation?.responses) continue;
      for (const parameter of operation.parameters ?? []) describePathPart(parameter);
      const route = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      const statuses = [
        ...ALWAYS,
        ...(PERMISSIONS[route] === 'public' ? [] : SIGNED_IN),
        ...(METHODS_WITH_BODY.includes(method) ? WRITES : []),
        // A record others still name is not deleted.
        ...(method === 'delete' ? [409] : []),
        ...(route === 'POST /auth/login' ? [401] : []),
        ...(LIMITED.has(route) ? [429] : []),
      ];
      // 503 comes from our error filter everywhere, the health check's too.
      delete operation.responses['503'];
      for (const status of statuses)
        operation.responses[String(status)] ??= {
          description: STATUS_TEXT[status],
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        };
    }
  }
  return document;
}

interface OperationLike {
  responses?: Record<string, unknown>;
  parameters?: ParameterLike[];
  requestBody?: { content?: Record<string, { schema?: SchemaLike }> };
}

interface SchemaLike {
  $ref?: string;
  type?: string;
  additionalProperties?: unknown;
  properties?: Record<string, SchemaLike>;
  items?: SchemaLike;
}

/**
 * The validation pipe refuses fields a body does not declare: every JSON body's object schema
 * says so (`additionalProperties: false`), nested ones too.
 */
function closeRequestBodies(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaLike>;
  const closed = new Set<string>();
  const close = (schema: SchemaLike | undefined): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop()!;
      if (closed.has(name)) return;
      closed.add(name);
      return close(schemas[name]);
    }
    if (schema.type === 'object' && schema.properties && schema.additionalProperties === undefined)
      schema.additionalProperties = false;
    for (const property of Object.values(schema.properties ?? {})) close(property);
    close(schema.items);
  };
  for (const operations of Object.values(document.paths))
    for (const operation of Object.values(operations) as OperationLike[])
      close(operation?.requestBody?.content?.['application/json']?.schema);
  return document;
}

interface ParameterLike {
  in?: string;
  name?: string;
  schema?: Record<string, unknown>;
}

/** Ids in addresses are UUIDs (any RFC 4122 form) and packet codes S10 codes, as checked. */
function describePathPart(parameter: ParameterLike): void {
  if (parameter.in !== 'path') return;
  if (parameter.name === 'id' || parameter.name?.endsWith('Id'))
    parameter.schema = { type: 'string', format: 'uuid' };
  if (parameter.name === 'code')
    parameter.schema = { type: 'string', pattern: S10_PATTERN.source, example: 'RR123456785KZ' };
}

const STATUS_TEXT: Record<number, string> = {
  400: 'The request is not valid (see `code` and `details`)',
  401: 'No session, or it ended: log in',
  403: 'Your role may not do this',
  404: 'Not found, or not yours to see',
  405: 'The address does not take this method (header Allow)',
  409: 'A conflict with the record’s state',
  413: 'The body or file is too large',
  415: 'The body is of the wrong kind',
  422: 'The request cannot be carried out (e.g. the S10 range is used up)',
  429: 'Over a limit (failed logins, renders at once, print runs, daily S10 codes): try again after the Retry-After header',
  500: 'A fault on the service’s side',
  503: 'The database is unavailable for a moment',
};

const ERROR_BODY = {
  type: 'object',
  required: ['statusCode', 'error', 'code', 'message'],
  properties: {
    statusCode: { type: 'integer', minimum: 400, maximum: 599 },
    error: { type: 'string', example: 'Conflict' },
    code: { type: 'string', enum: Object.keys(ERROR_CODES), example: 'packet.illegal_transition' },
    message: { type: 'string', description: 'English, for people reading logs' },
    details: {
      type: 'object',
      description: 'The parameters of the code',
      additionalProperties: true,
    },
  },
};
