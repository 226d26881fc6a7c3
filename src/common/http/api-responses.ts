import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProduces, getSchemaPath } from '@nestjs/swagger';

/** A page of a list: `{ items: Model[], total }`, as every list route answers. */
export const ApiPage = (model: Type): MethodDecorator =>
  applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      schema: {
        type: 'object',
        required: ['items', 'total'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          total: { type: 'integer', minimum: 0 },
        },
      },
    }),
  );

/** A file download (a PDF or CSV), streamed. */
const FILE_KINDS = {
  'application/pdf': 'A4 PDF',
  'text/csv': 'CSV, UTF-8 with BOM',
  'image/png': 'PNG picture',
} as const;

export const ApiFile = (mediaType: keyof typeof FILE_KINDS): MethodDecorator =>
  applyDecorators(
    ApiProduces(mediaType),
    ApiOkResponse({
      description: FILE_KINDS[mediaType],
      content: { [mediaType]: { schema: { type: 'string', format: 'binary' } } },
    }),
  );

/** An answer that is one of several models. */
export const ApiOneOf = (...models: Type[]): MethodDecorator =>
  applyDecorators(
    ApiExtraModels(...models),
    ApiOkResponse({ schema: { oneOf: models.map((model) => ({ $ref: getSchemaPath(model) })) } }),
  );
