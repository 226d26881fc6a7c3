import type { FastifyInstance } from 'fastify';
import { fail } from '../errors/domain-error';
import { exceededJsonLimit, JSON_SHAPE_LIMITS, JsonShapeLimit } from './json-shape';

const WHAT: Record<JsonShapeLimit, string> = {
  depth: `nested more than ${JSON_SHAPE_LIMITS.depth} levels deep`,
  keysPerObject: `an object with more than ${JSON_SHAPE_LIMITS.keysPerObject} fields`,
  totalKeys: `more than ${JSON_SHAPE_LIMITS.totalKeys} fields in all`,
  arrayLength: `a list of more than ${JSON_SHAPE_LIMITS.arrayLength} items`,
};

/**
 * JSON bodies are measured before they are parsed (see json-shape.ts), then parsed by
 * Fastify's own parser, which keeps its guard against prototype poisoning.
 */
/** Whether JSON.parse reads it: Fastify then refused it only for a prototype key. */
function isPlainJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function useBoundedJsonParser(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    const exceeded = text.length > 0 ? exceededJsonLimit(text) : undefined;
    if (exceeded)
      return done(
        fail('request.body_too_complex', `The request body is too complex: ${WHAT[exceeded]}.`, {
          limit: exceeded,
          max: JSON_SHAPE_LIMITS[exceeded],
        }),
        undefined,
      );
    void parse(request, text, (error, parsed) => {
      if (error && isPlainJson(text))
        return done(
          fail(
            'request.invalid',
            'The request body has a field named "__proto__" or "constructor.prototype", which is not allowed; remove it.',
            { fields: [{ field: '__proto__', problems: ['a field name that is not allowed'] }] },
          ),
          undefined,
        );
      done(error, parsed);
    });
  });
}
