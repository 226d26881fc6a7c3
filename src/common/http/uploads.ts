import {
  CallHandler,
  ExecutionContext,
  Injectable,
  NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Observable } from 'rxjs';
import { DomainError, fail } from '../errors/domain-error';
import { errorBody } from '../errors/error-body';
import { BODY_LIMITS } from './body-limits';

/** The only routes that take a multipart form: everything else takes JSON. */
const UPLOAD_ROUTES = new Set([
  'POST /students/import',
  'POST /post-offices/import',
  'POST /cases/:id/images',
]);

/**
 * A multipart body sent to a JSON route is refused as it arrives, before anything reads it.
 * On an upload route the body stays unread until the guards have checked the caller.
 */
export function refuseMultipartOutsideUploads(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, reply, done) => {
    const route = `${request.method} ${request.routeOptions.url ?? ''}`;
    if (!request.isMultipart() || UPLOAD_ROUTES.has(route)) return done();
    void reply
      .code(415)
      .type('application/json; charset=utf-8')
      .send(
        errorBody(
          415,
          'request.unsupported_media_type',
          'This address takes JSON (Content-Type: application/json), not a form upload.',
        ),
      );
  });
}

/**
 * Reads the multipart form of an upload route into the body (fields as text, the file as a
 * Buffer in `file`) once the guards have let the caller through; runs before validation.
 */
@Injectable()
class MultipartBodyInterceptor implements NestInterceptor {
  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!request.isMultipart())
      throw fail(
        'request.unsupported_media_type',
        'Send the file as a form upload (multipart/form-data) in the field "file".',
      );
    request.body = await readForm(request);
    return next.handle();
  }
}

export const MultipartUpload = (): MethodDecorator & ClassDecorator =>
  UseInterceptors(MultipartBodyInterceptor);

const ONE_FILE = 'Attach one file only, as the field "file".';

async function readForm(request: FastifyRequest): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || body.file) throw fail('request.upload_invalid', ONE_FILE);
        body.file = await part.toBuffer();
      } else body[part.fieldname] = part.value;
    }
  } catch (error) {
    throw uploadProblem(error);
  }
  return body;
}

function uploadProblem(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const { code } = error as { code?: string };
  switch (code ?? '') {
    case 'FST_REQ_FILE_TOO_LARGE':
      return fail(
        'request.body_too_large',
        `The file is too large: an upload may be at most ${BODY_LIMITS.uploadMb} MB.`,
        { limitMb: BODY_LIMITS.uploadMb },
      );
    case 'FST_FILES_LIMIT':
      return fail('request.upload_invalid', ONE_FILE);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return fail(
        'request.upload_invalid',
        'The form has too many fields; send the file and its target.',
      );
    default:
      return fail(
        'request.upload_invalid',
        'The uploaded form is broken or incomplete; choose the file and send it again.',
      );
  }
}
