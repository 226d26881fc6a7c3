import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

interface Seen {
  method: string;
  route: string | undefined;
  status: number;
  body: string;
}

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: object }> }>;
}

type Document = { paths: Record<string, Record<string, Operation>>; components: object };

/**
 * Every JSON answer the e2e suites receive is checked against the OpenAPI document the
 * service serves: its status must be documented for the operation and its body must fit
 * the documented schema. Call before app.init(); the returned check runs at close.
 */
export function watchContract(app: INestApplication): () => Promise<string[]> {
  const seen: Seen[] = [];
  const fastify = (app as NestFastifyApplication).getHttpAdapter().getInstance();
  fastify.addHook('onSend', (request, reply, payload, done) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('application/json') && typeof payload === 'string')
      seen.push({
        method: request.method,
        route: request.routeOptions.url,
        status: reply.statusCode,
        body: payload,
      });
    done(null, payload);
  });
  return async () => {
    const response = await fastify.inject({ method: 'GET', url: '/docs-json' });
    return check(JSON.parse(response.body) as Document, seen);
  };
}

function check(document: Document, seen: Seen[]): string[] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  // Schemas refer to "#/components/…" of the document: give it a name to refer to.
  ajv.addSchema(
    JSON.parse(
      JSON.stringify({ components: document.components }).replace(
        /"#\/components\//g,
        '"openapi#/components/',
      ),
    ) as object,
    'openapi',
  );
  const compiled = new Map<string, ValidateFunction | undefined>();
  const problems = new Set<string>();
  for (const answer of seen) {
    if (answer.method === 'HEAD' || answer.route === '/docs-json') continue;
    const path = answer.route?.replace(/:(\w+)/g, '{$1}');
    const operation = path ? document.paths[path]?.[answer.method.toLowerCase()] : undefined;
    const where = `${answer.method} ${path ?? '(no route)'} ${answer.status}`;
    if (!operation) {
      if (answer.status < 400 && path) problems.add(`${where}: the operation is not documented`);
      continue;
    }
    const documented = operation.responses?.[String(answer.status)];
    if (!documented) {
      problems.add(`${where}: the status is not documented`);
      continue;
    }
    const key = `${where}`;
    if (!compiled.has(key)) {
      const schema = documented.content?.['application/json']?.schema;
      compiled.set(key, schema ? ajv.compile(rewrite(schema)) : undefined);
    }
    const validate = compiled.get(key);
    if (!validate) {
      problems.add(`${where}: no schema for the JSON body`);
      continue;
    }
    if (!validate(JSON.parse(answer.body)))
      problems.add(`${where}: ${ajv.errorsText(validate.errors)}`);
  }
  return [...problems].sort();
}

const rewrite = (schema: object): object =>
  JSON.parse(
    JSON.stringify(schema).replace(/"#\/components\//g, '"openapi#/components/'),
  ) as object;
